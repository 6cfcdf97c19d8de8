import type { SecurityProfile } from '../../domain/securityProfile';
import type { Tag } from './deviceDefender/checkTags';

/** One profile with what hangs off it, as the state file stores it. */
export interface StoredProfile {
  profile: SecurityProfile;
  tags: Tag[];
  targets: string[];
}

/** A thing group, as CreateThingGroup made it (the emulator keeps what Describe answers). */
export interface ThingGroup {
  thingGroupName: string;
  thingGroupArn: string;
  thingGroupId: string;
  version: bigint;
  thingGroupProperties?: {
    thingGroupDescription?: string;
    attributePayload?: { attributes?: Record<string, string>; merge?: boolean };
  };
  parentGroupName?: string;
  creationDate: Date;
}

/** One thing group with its tags, as the state file stores it. */
export interface StoredThingGroup {
  thingGroup: ThingGroup;
  tags: Tag[];
}

/** Everything the emulator remembers, in a form that can be saved and restored. */
export interface StoreSnapshot {
  profiles: StoredProfile[];
  /** Absent in state files written before thing groups were emulated. */
  thingGroups?: StoredThingGroup[];
}

/**
 * The emulator's state: profiles and thing groups by name, tags by resource ARN,
 * attached targets by profile. Every method is synchronous, so a handler's read-check-write runs
 * without interleaving: of two racing updates with the same expectedVersion the
 * second sees the first's version.
 */
export class ProfileStore {
  private readonly profiles = new Map<string, SecurityProfile>();
  private readonly tags = new Map<string, Map<string, string | undefined>>();
  private readonly targets = new Map<string, string[]>();
  private readonly thingGroups = new Map<string, ThingGroup>();

  /** The profile named `name`, if it exists. */
  get(name: string): SecurityProfile | undefined {
    return this.profiles.get(name);
  }

  /** All profiles, ordered by name. */
  list(): SecurityProfile[] {
    return [...this.profiles.values()].sort((a, b) => compare(a.securityProfileName, b.securityProfileName));
  }

  /** Adds a new profile with its tags; the caller has checked it does not exist. */
  insert(profile: SecurityProfile, tags: Tag[] = []): void {
    this.profiles.set(profile.securityProfileName, profile);
    this.tags.set(profile.securityProfileArn, new Map(tags.map((t) => [t.Key, t.Value])));
    this.targets.set(profile.securityProfileName, []);
  }

  /** Replaces an existing profile's content (tags and targets stay). */
  replace(profile: SecurityProfile): void {
    this.profiles.set(profile.securityProfileName, profile);
  }

  /** Removes a profile with its tags and target attachments; false when there was none. */
  remove(name: string): boolean {
    const profile = this.profiles.get(name);
    if (!profile) return false;
    this.profiles.delete(name);
    this.tags.delete(profile.securityProfileArn);
    this.targets.delete(name);
    return true;
  }

  /** The thing group named `name`, if it exists. */
  thingGroup(name: string): ThingGroup | undefined {
    return this.thingGroups.get(name);
  }

  /** Adds a new thing group with its tags; the caller has checked it does not exist. */
  insertThingGroup(group: ThingGroup, tags: Tag[] = []): void {
    this.thingGroups.set(group.thingGroupName, group);
    this.tags.set(group.thingGroupArn, new Map(tags.map((t) => [t.Key, t.Value])));
  }

  /** Tags of a resource, or undefined when no resource has that ARN. */
  tagsOf(arn: string): Tag[] | undefined {
    const tags = this.tags.get(arn);
    return tags && [...tags].map(([Key, Value]) => (Value === undefined ? { Key } : { Key, Value }));
  }

  /** Adds or overwrites tags of an existing resource. */
  setTags(arn: string, tags: Tag[]): void {
    const current = this.tags.get(arn);
    for (const tag of tags) current?.set(tag.Key, tag.Value);
  }

  /** Removes tags of an existing resource by key (absent keys are ignored). */
  removeTags(arn: string, keys: string[]): void {
    const current = this.tags.get(arn);
    for (const key of keys) current?.delete(key);
  }

  /** Targets a profile is attached to, in attachment order. */
  targetsOf(name: string): string[] {
    return [...(this.targets.get(name) ?? [])];
  }

  /** Number of profiles attached to a target. */
  countProfilesFor(target: string): number {
    return [...this.targets.values()].filter((list) => list.includes(target)).length;
  }

  /**
   * Profiles attached to exactly `target` (no hierarchy: a thing group's parents
   * and `all/…` targets are other targets), ordered by name.
   */
  profilesFor(target: string): SecurityProfile[] {
    return this.list().filter((p) => this.targets.get(p.securityProfileName)?.includes(target));
  }

  /** Attaches a target to an existing profile (idempotent). */
  attach(name: string, target: string): void {
    const list = this.targets.get(name);
    if (list && !list.includes(target)) list.push(target);
  }

  /** Detaches a target; false when it was not attached. */
  detach(name: string, target: string): boolean {
    const list = this.targets.get(name) ?? [];
    const index = list.indexOf(target);
    if (index < 0) return false;
    list.splice(index, 1);
    return true;
  }

  /** Forgets everything. */
  clear(): void {
    this.profiles.clear();
    this.tags.clear();
    this.targets.clear();
    this.thingGroups.clear();
  }

  /** A copy of the state, for the state file. */
  snapshot(): StoreSnapshot {
    return {
      profiles: this.list().map((profile) => ({
        profile,
        tags: this.tagsOf(profile.securityProfileArn) ?? [],
        targets: this.targetsOf(profile.securityProfileName),
      })),
      thingGroups: [...this.thingGroups.values()]
        .sort((a, b) => compare(a.thingGroupName, b.thingGroupName))
        .map((thingGroup) => ({ thingGroup, tags: this.tagsOf(thingGroup.thingGroupArn) ?? [] })),
    };
  }

  /** Replaces the state with a snapshot. */
  restore(snapshot: StoreSnapshot): void {
    this.clear();
    for (const stored of snapshot.profiles) {
      this.insert(stored.profile, stored.tags);
      this.targets.set(stored.profile.securityProfileName, [...stored.targets]);
    }
    for (const stored of snapshot.thingGroups ?? []) this.insertThingGroup(stored.thingGroup, stored.tags);
  }
}

// Code-unit order, like a sorted DynamoDB key: stable and locale-independent.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
