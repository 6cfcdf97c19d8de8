import { describe, expect, it } from 'vitest';
import {
  ProfileNotFoundError,
  TargetNotFoundError,
  ValidationError,
  VersionConflictError,
} from '../../src/domain/errors';
import type { Behavior } from '../../src/domain/securityProfile';
import type { SecurityProfileStore } from '../../src/service/ports';
import { HUGE_LONG } from '../unit/iot/fixtures/aFullUpdateRequest';

/** The content every implementation creates a profile with, as CreateSecurityProfile would. */
export const CREATED_DESCRIPTION = 'Messages of team A';
export const CREATED_BEHAVIOR: Behavior = {
  name: 'messages-sent',
  metric: 'aws:num-messages-sent',
  criteria: { comparisonOperator: 'greater-than', value: { count: 5n }, durationSeconds: 300 },
};

/** A SecurityProfileStore under test, with a way to create profiles in what it stands for. */
export interface StoreUnderTest {
  store: SecurityProfileStore;
  /**
   * Creates `name` at version 1 with {@link CREATED_DESCRIPTION} and {@link CREATED_BEHAVIOR},
   * tagged as owned by `ownerTeam` when one is given.
   */
  create: (name: string, ownerTeam?: string) => Promise<void>;
  /** Creates thing group `name` and answers its ARN. */
  createThingGroup: (name: string) => Promise<string>;
}

const ALL_THINGS = 'arn:aws:iot:us-east-1:123456789012:all/things';

let names = 0;
/** A profile name no other case of the run uses, so one store can serve every case. */
function aName(what: string): string {
  names += 1;
  return `contract-${what}-${names}`;
}

function messagesSent(count: bigint): Behavior {
  return { ...CREATED_BEHAVIOR, criteria: { ...CREATED_BEHAVIOR.criteria, value: { count } } };
}

/**
 * What the service relies on from a SecurityProfileStore, run against the in-memory fake and
 * the IoT adapter on the emulator alike, so the fake cannot drift from IoT.
 */
export function describeSecurityProfileStoreContract(
  implementation: string,
  underTest: () => StoreUnderTest,
): void {
  describe(`SecurityProfileStore contract: ${implementation}`, () => {
    it('loads a created profile at version 1 with its content and its owner team', async () => {
      const { store, create } = underTest();
      const name = aName('load');
      await create(name, 'team-a');

      const loaded = await store.load(name);

      expect(loaded.ownerTeam).toBe('team-a');
      expect(loaded.profile).toMatchObject({
        securityProfileName: name,
        securityProfileDescription: CREATED_DESCRIPTION,
        behaviors: [CREATED_BEHAVIOR],
        version: 1n,
      });
      expect(loaded.profile.securityProfileArn).toMatch(new RegExp(`:securityprofile/${name}$`));
    });

    it('loads no owner team for a profile without an owner tag', async () => {
      const { store, create } = underTest();
      const name = aName('unowned');
      await create(name);

      const loaded = await store.load(name);

      expect(loaded.ownerTeam).toBeUndefined();
    });

    it('rejects a load of a profile that does not exist with ProfileNotFoundError', async () => {
      const { store } = underTest();

      const loading = store.load(aName('missing'));

      await expect(loading).rejects.toBeInstanceOf(ProfileNotFoundError);
    });

    it('hands out a profile of the caller’s own: changing it changes nothing stored', async () => {
      const { store, create } = underTest();
      const name = aName('copy');
      await create(name, 'team-a');
      const first = await store.load(name);

      first.profile.behaviors?.splice(0);
      first.profile.securityProfileDescription = 'changed by the caller';
      const again = await store.load(name);

      expect(again.profile.behaviors).toStrictEqual([CREATED_BEHAVIOR]);
      expect(again.profile.securityProfileDescription).toBe(CREATED_DESCRIPTION);
    });

    it('updates at the loaded version, answering the next version as a later load reads it', async () => {
      const { store, create } = underTest();
      const name = aName('update');
      await create(name, 'team-a');
      const { profile: before } = await store.load(name);

      const updated = await store.update(
        { securityProfileName: name, behaviors: [messagesSent(HUGE_LONG)] },
        before.version,
      );
      const reloaded = await store.load(name);

      expect(updated.version).toBe(before.version + 1n);
      expect(updated.behaviors).toStrictEqual([messagesSent(HUGE_LONG)]);
      expect(reloaded).toStrictEqual({ profile: updated, ownerTeam: 'team-a' });
    });

    it('keeps what an update omits, and clears what its delete flags name', async () => {
      const { store, create } = underTest();
      const name = aName('patch');
      await create(name);

      const described = await store.update(
        { securityProfileName: name, securityProfileDescription: 'two' },
        1n,
      );
      const cleared = await store.update({ securityProfileName: name, deleteBehaviors: true }, 2n);

      expect(described.behaviors).toStrictEqual([CREATED_BEHAVIOR]);
      expect(cleared.securityProfileDescription).toBe('two');
      expect(cleared).not.toHaveProperty('behaviors');
    });

    it('keeps the name, ARN and creation date, and moves the modification date on with each update', async () => {
      const { store, create } = underTest();
      const name = aName('dates');
      await create(name);
      const { profile: created } = await store.load(name);

      const first = await store.update({ securityProfileName: name, securityProfileDescription: 'a' }, 1n);
      const second = await store.update({ securityProfileName: name, securityProfileDescription: 'b' }, 2n);

      for (const updated of [first, second]) {
        expect(updated.securityProfileName).toBe(name);
        expect(updated.securityProfileArn).toBe(created.securityProfileArn);
        expect(updated.creationDate).toStrictEqual(created.creationDate);
      }
      expect(first.lastModifiedDate!.getTime()).toBeGreaterThan(created.lastModifiedDate!.getTime());
      expect(second.lastModifiedDate!.getTime()).toBeGreaterThan(first.lastModifiedDate!.getTime());
    });

    it('rejects an update at a stale version with VersionConflictError and changes nothing', async () => {
      const { store, create } = underTest();
      const name = aName('stale');
      await create(name, 'team-a');
      await store.update({ securityProfileName: name, securityProfileDescription: 'first' }, 1n);

      const updating = store.update({ securityProfileName: name, securityProfileDescription: 'late' }, 1n);

      await expect(updating).rejects.toBeInstanceOf(VersionConflictError);
      expect((await store.load(name)).profile).toMatchObject({
        version: 2n,
        securityProfileDescription: 'first',
      });
    });

    it('rejects an update of a profile that does not exist with ProfileNotFoundError', async () => {
      const { store } = underTest();

      const updating = store.update(
        { securityProfileName: aName('missing'), securityProfileDescription: 'x' },
        1n,
      );

      await expect(updating).rejects.toBeInstanceOf(ProfileNotFoundError);
    });

    it('rejects an update IoT finds invalid with ValidationError naming the field, and changes nothing', async () => {
      const { store, create } = underTest();
      const name = aName('invalid');
      await create(name, 'team-a');
      // Device Defender's metric pages list 300, 600, 900, 1800 and 3600 as the only durations.
      const badDuration = {
        ...CREATED_BEHAVIOR,
        criteria: { ...CREATED_BEHAVIOR.criteria, durationSeconds: 120 },
      };

      const updating = store.update({ securityProfileName: name, behaviors: [badDuration] }, 1n);

      await expect(updating).rejects.toBeInstanceOf(ValidationError);
      // The field IoT names, in the request's own spelling.
      await expect(updating).rejects.toMatchObject({
        issues: [expect.objectContaining({ path: 'behaviors[0].criteria.durationSeconds' })],
      });
      expect((await store.load(name)).profile).toMatchObject({ version: 1n, behaviors: [CREATED_BEHAVIOR] });
    });
  });

  describe(`SecurityProfileStore contract, targets and behaviors: ${implementation}`, () => {
    it('attaches a profile to a thing group and an account-wide target, idempotently, and detaches it', async () => {
      const { store, create, createThingGroup } = underTest();
      const name = aName('targets');
      await create(name, 'team-a');
      const group = await createThingGroup(aName('group'));

      await store.attach(name, group);
      await store.attach(name, group);
      await store.attach(name, ALL_THINGS);
      const attached = await store.listTargets(name);
      await store.detach(name, ALL_THINGS);

      expect(attached).toEqual([ALL_THINGS, group].sort());
      expect(await store.listTargets(name)).toEqual([group]);
      // Targets are not content: the profile's version does not move.
      expect((await store.load(name)).profile.version).toBe(1n);
    });

    it('rejects an attach to a thing group that does not exist, and a detach from a target not attached, with TargetNotFoundError', async () => {
      const { store, create } = underTest();
      const name = aName('no-target');
      await create(name, 'team-a');
      const ghost = `arn:aws:iot:us-east-1:123456789012:thinggroup/${aName('ghost')}`;

      await expect(store.attach(name, ghost)).rejects.toBeInstanceOf(TargetNotFoundError);
      await expect(store.detach(name, ALL_THINGS)).rejects.toBeInstanceOf(TargetNotFoundError);
      expect(await store.listTargets(name)).toEqual([]);
    });

    it('rejects listing the targets of a missing profile with ProfileNotFoundError', async () => {
      const { store } = underTest();

      await expect(store.listTargets(aName('missing'))).rejects.toBeInstanceOf(ProfileNotFoundError);
    });

    it('validates behaviors of no profile: valid ones, and a duration IoT does not take', async () => {
      const { store } = underTest();
      const badDuration = {
        ...CREATED_BEHAVIOR,
        criteria: { ...CREATED_BEHAVIOR.criteria, durationSeconds: 120 },
      };

      const valid = await store.validateBehaviors([CREATED_BEHAVIOR]);
      const invalid = await store.validateBehaviors([badDuration]);

      expect(valid).toEqual({ valid: true, errors: [] });
      expect(invalid.valid).toBe(false);
      expect(invalid.errors).toEqual([
        expect.objectContaining({ path: 'behaviors[0].criteria.durationSeconds' }),
      ]);
    });
  });
}
