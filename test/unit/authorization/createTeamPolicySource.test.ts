import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTeamPolicySource } from '../../../src/adapters/policy/createTeamPolicySource';
import { TeamPolicyError } from '../../../src/domain/authorization/teamPolicy';

const POLICY = JSON.stringify({
  adminTeams: ['platform-admins'],
  teams: { 'team-a': { mqttTopics: ['team-a/**'] } },
});

describe('createTeamPolicySource', () => {
  it('refuses a configuration that names no policy', () => {
    expect(() => createTeamPolicySource({})).toThrow(/set TEAM_POLICY_FILE .* or TEAM_POLICY_PARAMETER/);
  });

  it('refuses a configuration that names both a file and a parameter', () => {
    expect(() => createTeamPolicySource({ file: 'p.json', parameterName: '/p' })).toThrow(TeamPolicyError);
  });

  describe('from a file', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'team-policy-'));
    });
    afterAll(async () => {
      await rm(dir, { recursive: true, force: true });
    });

    it('reads the file once and serves the same policy afterwards', async () => {
      const file = join(dir, 'once.json');
      await writeFile(file, POLICY);
      const source = createTeamPolicySource({ file });

      const first = await source.get();
      await writeFile(file, '{ not json');
      const second = await source.get();

      expect(second).toBe(first);
      expect(first.teams.get('team-a')?.mqttTopics[0]?.matches('team-a/x')).toBe(true);
    });

    it('rejects a file that is not JSON, naming the file', async () => {
      const file = join(dir, 'broken.json');
      await writeFile(file, '{ "adminTeams": [');

      const result = createTeamPolicySource({ file }).get();

      await expect(result).rejects.toThrow(TeamPolicyError);
      await expect(result).rejects.toThrow(`Team policy from file ${file} is not valid JSON`);
    });

    it('rejects a policy that breaks the schema, naming the JSON path', async () => {
      const file = join(dir, 'schema.json');
      await writeFile(file, JSON.stringify({ adminTeams: 'platform-admins', teams: {} }));

      const result = createTeamPolicySource({ file }).get();

      await expect(result).rejects.toMatchObject({ name: 'TeamPolicyError', path: '$.adminTeams' });
    });

    it('rejects a missing file and picks the file up once it exists', async () => {
      const file = join(dir, 'later.json');
      const source = createTeamPolicySource({ file });

      const before = source.get();
      await expect(before).rejects.toThrow(/could not be read/);
      await writeFile(file, POLICY);
      const after = await source.get();

      expect([...after.adminTeams]).toEqual(['platform-admins']);
    });
  });

  describe('from an SSM parameter', () => {
    // SSM as the source sees it: each read answers the next of `answers` (the last one repeats).
    const ssm = (...answers: Array<string | Error>) => {
      const names: string[] = [];
      const readParameter = (name: string) => {
        names.push(name);
        const answer = answers[Math.min(names.length, answers.length) - 1]!;
        return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
      };
      return { names, readParameter };
    };
    afterEach(() => {
      vi.useRealTimers();
    });

    it('reads the named parameter once and caches it for maxAgeSeconds', async () => {
      const fake = ssm(POLICY);
      const source = createTeamPolicySource({
        parameterName: '/gateway/team-policy',
        maxAgeSeconds: 60,
        readParameter: fake.readParameter,
      });

      const first = await source.get();
      const second = await source.get();

      expect(second).toBe(first);
      expect(fake.names).toEqual(['/gateway/team-policy']);
    });

    it('after maxAgeSeconds, serves the old policy once while it reads the new one in the background', async () => {
      vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') });
      const updated = JSON.stringify({ adminTeams: ['sre'], teams: {} });
      const source = createTeamPolicySource({
        parameterName: '/gateway/team-policy',
        maxAgeSeconds: 60,
        readParameter: ssm(POLICY, updated).readParameter,
      });

      const first = await source.get();
      vi.setSystemTime(new Date('2030-01-01T00:01:01Z'));
      const stale = await source.get();
      const fresh = await vi.waitFor(async () => {
        const policy = await source.get();
        expect(policy).not.toBe(first);
        return policy;
      });

      expect([...first.adminTeams]).toEqual(['platform-admins']);
      expect(stale).toBe(first);
      expect([...fresh.adminTeams]).toEqual(['sre']);
    });

    it('keeps the last good policy while refreshes fail, then fails closed past the stale limit', async () => {
      vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') });
      const source = createTeamPolicySource({
        parameterName: '/gateway/team-policy',
        maxAgeSeconds: 60,
        readParameter: ssm(POLICY, new Error('ThrottlingException')).readParameter,
      });
      const first = await source.get();

      vi.setSystemTime(new Date('2030-01-01T00:02:00Z'));
      const withinLimit = await source.get();
      vi.setSystemTime(new Date('2030-01-01T00:05:01Z'));
      const pastLimit = source.get();

      expect(withinLimit).toBe(first);
      await expect(pastLimit).rejects.toThrow('could not be read');
    });

    it('stops serving the old policy as soon as an invalid one is published', async () => {
      vi.useFakeTimers({ now: new Date('2030-01-01T00:00:00Z') });
      const source = createTeamPolicySource({
        parameterName: '/gateway/team-policy',
        maxAgeSeconds: 60,
        readParameter: ssm(POLICY, '{"adminTeams": "everyone"}').readParameter,
      });
      await source.get();
      vi.setSystemTime(new Date('2030-01-01T00:01:01Z'));

      // The expired policy is served once while the new text is read and refused.
      await source.get();
      const next = await vi.waitFor(async () => {
        const outcome = await source.get().then(
          () => 'served',
          (error: unknown) => error,
        );
        expect(outcome).not.toBe('served');
        return outcome;
      });

      expect(next).toMatchObject({ name: 'TeamPolicyError' });
    });

    it('rejects an invalid policy instead of serving without one', async () => {
      const invalid = JSON.stringify({ adminTeams: [], teams: { 'team-a': { roleArns: ['*'] } } });

      const result = createTeamPolicySource({
        parameterName: '/gateway/team-policy',
        readParameter: ssm(invalid).readParameter,
      }).get();

      await expect(result).rejects.toMatchObject({
        name: 'TeamPolicyError',
        source: 'SSM parameter /gateway/team-policy',
        path: '$.teams["team-a"].roleArns[0]',
      });
    });

    it('rejects when SSM cannot be read, keeping the cause', async () => {
      const failure = new Error('ParameterNotFound');

      const result = createTeamPolicySource({
        parameterName: '/gateway/missing',
        readParameter: ssm(failure).readParameter,
      }).get();

      await expect(result).rejects.toThrow('Team policy SSM parameter /gateway/missing could not be read.');
      await expect(result).rejects.toHaveProperty('cause');
    });
  });
});
