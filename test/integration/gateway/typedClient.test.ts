import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExample } from '../../../examples/typed-client/main';
import { aRunningLocalStack, type RunningLocalStack } from './localStackHarness';

describe('the typed client example against the local stack', () => {
  let local: RunningLocalStack;

  beforeAll(async () => {
    local = await aRunningLocalStack();
  });
  afterAll(() => local.close());

  it('reads, changes with the version it read as a Long string, and gets VERSION_CONFLICT when stale', async () => {
    const token = await local.tokenFor('alice', ['team-a']);

    const lines = await runExample(local.stack.graphqlUrl, token);

    expect(lines).toEqual([
      'PossibleIssue is at version 1',
      'changed in 1 attempt(s): now version 2',
      'a stale version answers VERSION_CONFLICT (current version 2)',
    ]);
  });
});
