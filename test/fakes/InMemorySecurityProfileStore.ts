import { applyUpdate } from '../../src/domain/applyUpdate';
import { ProfileNotFoundError, VersionConflictError } from '../../src/domain/errors';
import type {
  LoadedProfile,
  SecurityProfile,
  UpdateSecurityProfileRequest,
} from '../../src/domain/securityProfile';
import type { SecurityProfileStore } from '../../src/service/ports';

/**
 * IoT's security profiles in memory, with IoT's version rule. It can be told to
 * answer the next N updates with a version conflict (as if another writer got
 * in first) and to run a hook between calls, to change state mid-retry.
 */
export class InMemorySecurityProfileStore implements SecurityProfileStore {
  readonly updates: { request: UpdateSecurityProfileRequest; expectedVersion: bigint }[] = [];
  loads = 0;
  private readonly profiles = new Map<string, LoadedProfile>();
  private conflictsLeft = 0;
  private nextUpdateFailure: Error | undefined;
  private failureAfterApply = false;
  /** Runs before every load; tests use it to change the owner tag between attempts. */
  beforeLoad: (attempt: number) => void = () => undefined;

  put(profile: SecurityProfile, ownerTeam?: string): this {
    this.profiles.set(profile.securityProfileName, { profile, ownerTeam });
    return this;
  }

  get(name: string): LoadedProfile | undefined {
    return this.profiles.get(name);
  }

  setOwner(name: string, ownerTeam: string | undefined): void {
    const loaded = this.mustGet(name);
    this.profiles.set(name, { ...loaded, ownerTeam });
  }

  /** The next `count` updates fail as if another writer bumped the version first. */
  conflictNext(count: number): this {
    this.conflictsLeft = count;
    return this;
  }

  /** The next update fails with `error`; with `applied`, after IoT applied it (a lost answer). */
  failNextUpdate(error: Error, options: { applied: boolean } = { applied: false }): this {
    this.nextUpdateFailure = error;
    this.failureAfterApply = options.applied;
    return this;
  }

  load(name: string): Promise<LoadedProfile> {
    this.loads += 1;
    this.beforeLoad(this.loads);
    return Promise.resolve(structuredClone(this.mustGet(name)));
  }

  update(request: UpdateSecurityProfileRequest, expectedVersion: bigint): Promise<SecurityProfile> {
    this.updates.push({ request, expectedVersion });
    const current = this.mustGet(request.securityProfileName);
    if (this.conflictsLeft > 0) {
      this.conflictsLeft -= 1;
      // Another writer's change lands: the version moves on.
      this.put({ ...current.profile, version: current.profile.version + 1n }, current.ownerTeam);
      return Promise.reject(new VersionConflictError('The version does not match.'));
    }
    if (current.profile.version !== expectedVersion) {
      return Promise.reject(new VersionConflictError('The version does not match.'));
    }
    const failure = this.nextUpdateFailure;
    this.nextUpdateFailure = undefined;
    if (failure && !this.failureAfterApply) return Promise.reject(failure);
    const next = {
      ...applyUpdate(current.profile, request),
      version: current.profile.version + 1n,
      lastModifiedDate: new Date('2026-03-01T00:00:00.000Z'),
    };
    this.put(next, current.ownerTeam);
    return failure ? Promise.reject(failure) : Promise.resolve(structuredClone(next));
  }

  private mustGet(name: string): LoadedProfile {
    const loaded = this.profiles.get(name);
    if (!loaded) throw new ProfileNotFoundError(name);
    return loaded;
  }
}
