import { describe, expect, it } from 'vitest';
import {
  AlreadyExistsError,
  ProfileNotFoundError,
  TargetNotFoundError,
  ValidationError,
  VersionConflictError,
} from '../../src/domain/errors';
import type { Behavior } from '../../src/domain/securityProfile';
import type { CreateSecurityProfileRequest } from '../../src/domain/validation';
import type { ProfileDirectory, SecurityProfileStore } from '../../src/service/ports';
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
  /** The store, which is also the directory of the profiles it holds (the drift scan's `listNames`). */
  store: SecurityProfileStore & ProfileDirectory;
  /**
   * Creates `name` at version 1 with {@link CREATED_DESCRIPTION} and {@link CREATED_BEHAVIOR},
   * tagged as owned by `ownerTeam` when one is given.
   */
  create: (name: string, ownerTeam?: string) => Promise<void>;
  /** Creates thing group `name` and answers its ARN. */
  createThingGroup: (name: string) => Promise<string>;
  /** Every tag of profile `name`, the owner tag among them, as IoT's ListTagsForResource reads them. */
  tagsOf: (name: string) => Promise<Record<string, string>>;
  /**
   * The IoT operations (`UpdateSecurityProfile`, `TagResource`, …) of the calls made so far that
   * carried `auditEventId`, sorted by name: what CloudTrail would tie to that audit event.
   */
  callsCarrying: (auditEventId: string) => string[];
}

const ALL_THINGS = 'arn:aws:iot:us-east-1:123456789012:all/things';

let names = 0;
/** A profile name no other case of the run uses, so one store can serve every case. */
function aName(what: string): string {
  names += 1;
  return `contract-${what}-${names}`;
}

/** A create request as the service sends one: content and the client's own tags. */
function aCreate(
  name: string,
  overrides: Partial<CreateSecurityProfileRequest> = {},
): CreateSecurityProfileRequest {
  return {
    securityProfileName: name,
    securityProfileDescription: CREATED_DESCRIPTION,
    behaviors: [structuredClone(CREATED_BEHAVIOR)],
    tags: [{ Key: 'cost-centre', Value: '42' }],
    ...overrides,
  };
}

let events = 0;
/** An audit event id (a ULID, as the service's are) no other case of the run uses. */
function anEventId(): string {
  events += 1;
  return `01J${String(events).padStart(23, '0')}`;
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

  describe(`SecurityProfileStore contract, lifecycle: ${implementation}`, () => {
    it('creates at version 1 with its ARN, creation date, owner tag and the request’s tags, in one call', async () => {
      const { store, tagsOf, callsCarrying } = underTest();
      const name = aName('create');
      const eventId = anEventId();

      const created = await store.forAuditEvent(eventId).create(aCreate(name), 'team-a');

      expect(created).toMatchObject({
        securityProfileName: name,
        securityProfileDescription: CREATED_DESCRIPTION,
        behaviors: [CREATED_BEHAVIOR],
        version: 1n,
      });
      expect(created.securityProfileArn).toMatch(new RegExp(`:securityprofile/${name}$`));
      expect(created.creationDate).toBeInstanceOf(Date);
      expect(created.lastModifiedDate).toStrictEqual(created.creationDate);
      expect(created).not.toHaveProperty('tags');
      // Never visible without its owner: the owner tag is set by the create itself, not by a TagResource after it.
      expect(callsCarrying(eventId)).toEqual(['CreateSecurityProfile']);
      expect(await store.load(name)).toStrictEqual({ profile: created, ownerTeam: 'team-a' });
      expect(await tagsOf(name)).toEqual({ 'cost-centre': '42', [store.ownerTagKey]: 'team-a' });
    });

    it('creates a profile of no owner when no owner team is given', async () => {
      const { store, tagsOf } = underTest();
      const name = aName('create-unowned');

      await store.create(aCreate(name), undefined);

      expect((await store.load(name)).ownerTeam).toBeUndefined();
      expect(await tagsOf(name)).toEqual({ 'cost-centre': '42' });
    });

    it('rejects a create of a name that exists with AlreadyExistsError and changes nothing', async () => {
      const { store, tagsOf } = underTest();
      const name = aName('taken');
      await store.create(aCreate(name), 'team-a');
      const before = await store.load(name);

      const creating = store.create(
        aCreate(name, { securityProfileDescription: 'another', tags: [{ Key: 'cost-centre', Value: '7' }] }),
        'team-b',
      );

      await expect(creating).rejects.toBeInstanceOf(AlreadyExistsError);
      expect(await store.load(name)).toStrictEqual(before);
      expect(await tagsOf(name)).toEqual({ 'cost-centre': '42', [store.ownerTagKey]: 'team-a' });
    });

    it('rejects a create IoT finds invalid with ValidationError naming the field, and creates nothing', async () => {
      const { store } = underTest();
      const name = aName('create-invalid');
      const badDuration = {
        ...CREATED_BEHAVIOR,
        criteria: { ...CREATED_BEHAVIOR.criteria, durationSeconds: 120 },
      };

      const creating = store.create(aCreate(name, { behaviors: [badDuration] }), 'team-a');

      await expect(creating).rejects.toBeInstanceOf(ValidationError);
      await expect(creating).rejects.toMatchObject({
        issues: [expect.objectContaining({ path: 'behaviors[0].criteria.durationSeconds' })],
      });
      await expect(store.load(name)).rejects.toBeInstanceOf(ProfileNotFoundError);
    });

    it('deletes at the loaded version, with its tags and targets: a create of the name starts afresh', async () => {
      const { store, tagsOf } = underTest();
      const name = aName('delete');
      await store.create(aCreate(name), 'team-a');
      await store.attach(name, ALL_THINGS);
      await store.update({ securityProfileName: name, securityProfileDescription: 'two' }, 1n);
      const { profile } = await store.load(name);

      await store.delete(name, profile.version);

      await expect(store.load(name)).rejects.toBeInstanceOf(ProfileNotFoundError);
      await expect(store.listTargets(name)).rejects.toBeInstanceOf(ProfileNotFoundError);
      const again = await store.create(aCreate(name, { tags: [] }), undefined);
      expect(again.version).toBe(1n);
      expect(await store.listTargets(name)).toEqual([]);
      expect(await tagsOf(name)).toEqual({});
    });

    it('rejects a delete at a stale version with VersionConflictError, and the profile stays', async () => {
      const { store } = underTest();
      const name = aName('delete-stale');
      await store.create(aCreate(name), 'team-a');
      await store.update({ securityProfileName: name, securityProfileDescription: 'two' }, 1n);
      const before = await store.load(name);

      const deleting = store.delete(name, 1n);

      await expect(deleting).rejects.toBeInstanceOf(VersionConflictError);
      expect(await store.load(name)).toStrictEqual(before);
    });

    // DeleteSecurityProfile models no ResourceNotFoundException (iot-service-2.json): IoT answers 200.
    it('answers a delete of a profile that does not exist as done, as IoT does', async () => {
      const { store } = underTest();
      const name = aName('delete-missing');

      await expect(store.delete(name, 1n)).resolves.toBeUndefined();
      await expect(store.load(name)).rejects.toBeInstanceOf(ProfileNotFoundError);
    });

    it('moves the owner with tagOwner, keeping the other tags, the content and the version', async () => {
      const { store, tagsOf } = underTest();
      const name = aName('transfer');
      await store.create(aCreate(name), 'team-a');
      const before = await store.load(name);

      await store.tagOwner(before.profile.securityProfileArn, 'team-b');

      expect(await store.load(name)).toStrictEqual({ profile: before.profile, ownerTeam: 'team-b' });
      expect(await tagsOf(name)).toEqual({ 'cost-centre': '42', [store.ownerTagKey]: 'team-b' });
    });

    it('gives an unowned profile its owner with tagOwner', async () => {
      const { store } = underTest();
      const name = aName('adopt');
      await store.create(aCreate(name), undefined);
      const before = await store.load(name);

      await store.tagOwner(before.profile.securityProfileArn, 'team-b');

      expect((await store.load(name)).ownerTeam).toBe('team-b');
    });

    it('rejects a tagOwner of a profile that does not exist with ProfileNotFoundError', async () => {
      const { store, create } = underTest();
      const known = aName('known');
      await create(known, 'team-a');
      await store.load(known);

      const tagging = store.tagOwner(store.arnOf(aName('missing')), 'team-b');

      await expect(tagging).rejects.toBeInstanceOf(ProfileNotFoundError);
    });

    it('gives, once it has read a profile, the ARN a load reports and a create answers', async () => {
      const { store, create } = underTest();
      const known = aName('arn');
      await create(known, 'team-a');
      const { profile } = await store.load(known);
      const later = aName('arn-later');
      const view = store.forAuditEvent(anEventId());

      const predicted = store.arnOf(later);
      const created = await store.create(aCreate(later), 'team-a');

      expect(store.arnOf(known)).toBe(profile.securityProfileArn);
      expect(view.arnOf(known)).toBe(profile.securityProfileArn);
      expect(predicted).toBe(created.securityProfileArn);
      expect((await store.load(later)).profile.securityProfileArn).toBe(predicted);
    });

    it('makes every write of a forAuditEvent view carry its event id, and no other call', async () => {
      const { store, callsCarrying, createThingGroup } = underTest();
      const name = aName('audited');
      const group = await createThingGroup(aName('audited-group'));
      const eventId = anEventId();
      const otherEventId = anEventId();
      const view = store.forAuditEvent(eventId);

      const created = await view.create(aCreate(name), 'team-a');
      await view.update({ securityProfileName: name, securityProfileDescription: 'two' }, 1n);
      await store.update({ securityProfileName: name, securityProfileDescription: 'three' }, 2n);
      await store
        .forAuditEvent(otherEventId)
        .update({ securityProfileName: name, securityProfileDescription: 'four' }, 3n);
      await view.attach(name, group);
      await view.detach(name, group);
      await view.tagOwner(created.securityProfileArn, 'team-b');
      // Reads through the view are no writes: they carry nothing.
      const seen = await view.load(name);
      await view.listTargets(name);
      await view.validateBehaviors([CREATED_BEHAVIOR]);
      await view.delete(name, 4n);

      // The view reads and writes the store's own profiles.
      expect(seen).toMatchObject({
        profile: { version: 4n, securityProfileDescription: 'four' },
        ownerTeam: 'team-b',
      });
      await expect(store.load(name)).rejects.toBeInstanceOf(ProfileNotFoundError);
      expect(callsCarrying(eventId)).toEqual([
        'AttachSecurityProfile',
        'CreateSecurityProfile',
        'DeleteSecurityProfile',
        'DetachSecurityProfile',
        'TagResource',
        'UpdateSecurityProfile',
      ]);
      expect(callsCarrying(otherEventId)).toEqual(['UpdateSecurityProfile']);
    });
  });

  describe(`ProfileDirectory contract: ${implementation}`, () => {
    // More than one page of ListSecurityProfiles (the IoT adapter asks for 250, the model's most).
    const MANY = 260;

    it('lists every profile name once, across every page, and no deleted one', async () => {
      const { store, create } = underTest();
      const prefix = aName('listed');
      const listed = Array.from({ length: MANY }, (_, i) => `${prefix}-${String(i).padStart(3, '0')}`);
      for (let i = 0; i < listed.length; i += 20) {
        await Promise.all(listed.slice(i, i + 20).map((name) => create(name, 'team-a')));
      }
      const gone = aName('listed-gone');
      await create(gone);
      await store.delete(gone, 1n);

      const names: string[] = [];
      let pages = 0;
      let nextToken: string | undefined;
      do {
        const page = await store.listNames(nextToken);
        names.push(...page.names);
        pages += 1;
        nextToken = page.nextToken;
      } while (nextToken !== undefined && pages < 100);

      expect(nextToken).toBeUndefined();
      expect(names.filter((name) => name.startsWith(`${prefix}-`)).sort()).toEqual(listed);
      expect(new Set(names).size).toBe(names.length);
      expect(names).not.toContain(gone);
    });
  });
}
