import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { describe, expect, it } from 'vitest';
import { validateCreateRequest } from '../../src/domain/validation';
import { DEMO_PROFILES } from '../../src/local/iotEmulator';

describe('the standalone emulator (npm run emulator)', () => {
  it('prints its URL, serves the seeded demo profiles and exits 0 on SIGTERM', async () => {
    const child = spawn(
      'node_modules/.bin/tsx',
      ['src/local/iotEmulator/main.ts', '--port', '0', '--seed-demo'],
      {
        env: { ...process.env, IOT_EMULATOR_PORT: '' },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const lines = createInterface({ input: child.stdout });
    const [firstLine] = (await once(lines, 'line')) as [string];
    const url = /http:\/\/127\.0\.0\.1:\d+/.exec(firstLine)?.[0];

    const response = await fetch(
      `${url}/tags?resourceArn=${encodeURIComponent('arn:aws:iot:us-east-1:123456789012:securityprofile/TeamBBaseline')}`,
    );
    const body: unknown = await response.json();
    child.kill('SIGTERM');
    const [code] = (await once(child, 'exit')) as [number | null];

    expect(url).toBeDefined();
    expect(body).toEqual({ tags: [{ Key: 'team', Value: 'team-b' }] });
    expect(code).toBe(0);
  });
});

describe('the demo seed', () => {
  it.each(DEMO_PROFILES.map((p) => [p.content.securityProfileName, p] as const))(
    'seeds %s with content the shared validation accepts',
    (_name, demo) => {
      const issues = validateCreateRequest({ ...demo.content, tags: demo.tags });

      expect(issues).toEqual([]);
    },
  );
});
