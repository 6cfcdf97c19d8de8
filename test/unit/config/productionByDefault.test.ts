import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config';

const POLICY = { TEAM_POLICY_FILE: 'policy.json' };

describe('NODE_ENV: production unless development or test is named', () => {
  it.each([
    ['unset', undefined],
    ['production', 'production'],
    ['another name (staging)', 'staging'],
  ])(
    'masks errors and turns introspection off when NODE_ENV is %s: a deployment that forgets it leaks nothing',
    (_when, nodeEnv) => {
      const config = loadConfig({ ...POLICY, ...(nodeEnv !== undefined && { NODE_ENV: nodeEnv }) });

      expect(config).toMatchObject({ production: true, introspection: false, fieldSuggestions: false });
    },
  );

  it.each(['development', 'test'])('shows details to the developer when NODE_ENV is %s', (nodeEnv) => {
    expect(loadConfig({ ...POLICY, NODE_ENV: nodeEnv })).toMatchObject({
      production: false,
      introspection: true,
    });
  });
});
