import { applyUpdate } from '../../src/domain/applyUpdate';
import {
  AlreadyExistsError,
  ProfileNotFoundError,
  TargetNotFoundError,
  ValidationError,
  VersionConflictError,
  type ValidationIssue,
} from '../../src/domain/errors';
import {
  validateCreateRequest,
  type CreateSecurityProfileRequest,
} from '../../src/domain/validation/validateCreateRequest';
import type {
  Behavior,
  LoadedProfile,
  SecurityProfile,
  UpdateSecurityProfileRequest,
} from '../../src/domain/securityProfile';
import { judgeBehaviors, validateUpdateRequest } from '../../src/domain/validation';
import { judgeIssues } from '../../src/domain/validation/judgeIssues';
import type { ProfileDirectory, SecurityProfileStore } from '../../src/service/ports';
import { settled } from './settled';

// Each update is one second after the one before: modification dates move on, as IoT's do.
const FIRST_MODIFICATION = Date.parse('2026-03-01T00:00:00.000Z');

/**
 * IoT's security profiles in memory, with IoT's version rule. It can be told to
 * answer the next N updates with a version conflict (as if another writer got
 * in first) and to run a hook between calls, to change state mid-retry.
 * test/contract/securityProfileStore.test.ts holds it to the IoT adapter on the emulator.
 */
export class InMemorySecurityProfileStore implements SecurityProfileStore, ProfileDirectory {
  /** ValidateSecurityProfileBehaviors calls made. */
  validations = 0;
  readonly updates: {
    request: UpdateSecurityProfileRequest;
    expectedVersion: bigint;
    auditEventId?: string;
  }[] = [];
  /** The IoT writes of the lifecycle operations, in order, for assertions. */
  readonly writes: {
    operation: 'create' | 'delete' | 'tagOwner';
    name: string;
    detail?: unknown;
    auditEventId?: string;
  }[] = [];
  readonly ownerTagKey = 'team';
  /** Every attach and detach made, in order. */
  readonly targetChanges: {
    change: 'attach' | 'detach';
    securityProfileName: string;
    targetArn: string;
    auditEventId?: string;
  }[] = [];
  loads = 0;
  private readonly profiles = new Map<string, LoadedProfile>();
  /** Each profile's tags other than the owner tag (which is `ownerTeam`), key to value. */
  private readonly otherTags = new Map<string, Map<string, string>>();
  private readonly targets = new Map<string, string[]>();
  private readonly thingGroups = new Set<string>();
  private conflictsLeft = 0;
  private conflictChange: Partial<SecurityProfile> = {};
  private nextUpdateFailure: Error | undefined;
  private failureAfterApply = false;
  private modifications = 0;
  /**
   * @param now - IoT's clock for `lastModifiedDate`; without one, each write is
   *   a second after the one before, from a fixed date.
   */
  constructor(private readonly now?: () => Date) {}

  /** Runs before every load; tests use it to change the owner tag between attempts. */
  beforeLoad: (attempt: number) => void = () => undefined;

  put(profile: SecurityProfile, ownerTeam?: string): this {
    this.profiles.set(profile.securityProfileName, { profile, ownerTeam });
    return this;
  }

  /** Every profile's name, in one page (ListSecurityProfiles). */
  listNames(): Promise<{ names: string[] }> {
    return settled(() => ({ names: [...this.profiles.keys()].sort() }));
  }

  /** Forgets a profile, with its tags and targets, as a delete in IoT would. */
  remove(name: string): void {
    this.profiles.delete(name);
    this.otherTags.delete(name);
    this.targets.delete(name);
  }

  /** Every tag of the profile, the owner tag among them (ListTagsForResource); undefined when it does not exist. */
  tagsOf(name: string): Record<string, string> | undefined {
    const loaded = this.profiles.get(name);
    if (!loaded) return undefined;
    const tags = Object.fromEntries(this.otherTags.get(name) ?? []);
    return loaded.ownerTeam === undefined ? tags : { ...tags, [this.ownerTagKey]: loaded.ownerTeam };
  }

  /** Makes a thing group exist, so profiles can be attached to it. */
  addThingGroup(arn: string): this {
    this.thingGroups.add(arn);
    return this;
  }

  listTargets(name: string): Promise<string[]> {
    return settled(() => {
      this.mustGet(name);
      return [...(this.targets.get(name) ?? [])].sort();
    });
  }

  attach(name: string, targetArn: string): Promise<void> {
    return settled(() => this.changeTarget('attach', name, targetArn, this.viewAuditEventId));
  }

  detach(name: string, targetArn: string): Promise<void> {
    return settled(() => this.changeTarget('detach', name, targetArn, this.viewAuditEventId));
  }

  /** IoT's verdict, as the fake stands for it: the gateway's own refusing rules. */
  validateBehaviors(behaviors: Behavior[]): Promise<{ valid: boolean; errors: ValidationIssue[] }> {
    this.validations += 1;
    return settled(() => {
      const { valid, errors } = judgeBehaviors(behaviors);
      return { valid, errors: errors.map((e) => ({ path: e.field, message: e.message })) };
    });
  }

  get(name: string): LoadedProfile | undefined {
    return this.profiles.get(name);
  }

  setOwner(name: string, ownerTeam: string | undefined): void {
    const loaded = this.mustGet(name);
    this.profiles.set(name, { ...loaded, ownerTeam });
  }

  /** The next `count` updates fail as if another writer bumped the version first. */
  conflictNext(count: number, change: Partial<SecurityProfile> = {}): this {
    this.conflictsLeft = count;
    this.conflictChange = change;
    return this;
  }

  /** The next update fails with `error`; with `applied`, after IoT applied it (a lost answer). */
  failNextUpdate(error: Error, options: { applied: boolean } = { applied: false }): this {
    this.nextUpdateFailure = error;
    this.failureAfterApply = options.applied;
    return this;
  }

  load(name: string): Promise<LoadedProfile> {
    return settled(() => {
      this.loads += 1;
      this.beforeLoad(this.loads);
      return structuredClone(this.mustGet(name));
    });
  }

  update(request: UpdateSecurityProfileRequest, expectedVersion: bigint): Promise<SecurityProfile> {
    return settled(() => this.applyUpdate(request, expectedVersion, this.viewAuditEventId));
  }

  arnOf(name: string): string {
    return `arn:aws:iot:us-east-1:123456789012:securityprofile/${name}`;
  }

  create(request: CreateSecurityProfileRequest, ownerTeam: string | undefined): Promise<SecurityProfile> {
    return settled(() => {
      const name = request.securityProfileName;
      this.recordWrite({ operation: 'create', name, detail: { tags: request.tags, ownerTeam } });
      if (this.profiles.has(name)) throw new AlreadyExistsError(name);
      refuseInvalid(judgeIssues(validateCreateRequest(request)).refusals);
      const content: Partial<CreateSecurityProfileRequest> = structuredClone(request);
      delete content.tags;
      const created = this.nextModificationDate(undefined);
      const profile: SecurityProfile = {
        ...content,
        securityProfileName: name,
        securityProfileArn: this.arnOf(name),
        version: 1n,
        creationDate: created,
        lastModifiedDate: created,
      };
      this.put(profile, ownerTeam);
      this.otherTags.set(name, new Map((request.tags ?? []).map((tag) => [tag.Key, tag.Value ?? ''])));
      return structuredClone(profile);
    });
  }

  /** As IoT's: a profile that does not exist is no error (DeleteSecurityProfile models no ResourceNotFoundException). */
  delete(name: string, expectedVersion: bigint): Promise<void> {
    return settled(() => {
      this.recordWrite({ operation: 'delete', name, detail: { expectedVersion } });
      const loaded = this.profiles.get(name);
      if (!loaded) return;
      if (loaded.profile.version !== expectedVersion) {
        throw new VersionConflictError('The version does not match.');
      }
      this.remove(name);
    });
  }

  tagOwner(securityProfileArn: string, ownerTeam: string): Promise<void> {
    return settled(() => {
      const name = securityProfileArn.slice(securityProfileArn.lastIndexOf('/') + 1);
      this.recordWrite({ operation: 'tagOwner', name, detail: { ownerTeam } });
      this.setOwner(name, ownerTeam);
    });
  }

  /** The same store; the writes made through it remember the audit event they were made for. */
  forAuditEvent(auditEventId: string): InMemorySecurityProfileStore {
    // Every method runs with the view as `this`, so each write reads the view's event id.
    return new Proxy(this, {
      get: (target, property, receiver) =>
        property === 'viewAuditEventId' ? auditEventId : Reflect.get(target, property, receiver),
    });
  }

  /** The audit event of a `forAuditEvent` view, which answers it; none on the store itself. */
  private get viewAuditEventId(): string | undefined {
    return undefined;
  }

  private recordWrite(write: InMemorySecurityProfileStore['writes'][number]): void {
    const auditEventId = this.viewAuditEventId;
    this.writes.push(auditEventId === undefined ? write : { ...write, auditEventId });
  }

  private changeTarget(
    change: 'attach' | 'detach',
    name: string,
    targetArn: string,
    auditEventId?: string,
  ): void {
    this.targetChanges.push({
      change,
      securityProfileName: name,
      targetArn,
      ...(auditEventId && { auditEventId }),
    });
    this.mustGet(name);
    const attached = this.targets.get(name) ?? [];
    const exists =
      this.thingGroups.has(targetArn) ||
      /:all\/(things|registered-things|unregistered-things)$/.test(targetArn);
    if (change === 'attach') {
      if (!exists) throw new TargetNotFoundError(name, targetArn, `IoT knows no target '${targetArn}'`);
      if (!attached.includes(targetArn)) this.targets.set(name, [...attached, targetArn]);
      return;
    }
    if (!attached.includes(targetArn)) {
      throw new TargetNotFoundError(name, targetArn, `'${name}' is not attached to '${targetArn}'`);
    }
    this.targets.set(
      name,
      attached.filter((arn) => arn !== targetArn),
    );
  }

  private applyUpdate(
    request: UpdateSecurityProfileRequest,
    expectedVersion: bigint,
    auditEventId?: string,
  ): SecurityProfile {
    this.updates.push({ request, expectedVersion, ...(auditEventId && { auditEventId }) });
    const current = this.mustGet(request.securityProfileName);
    if (this.conflictsLeft > 0) {
      this.conflictsLeft -= 1;
      // Another writer's change lands: the version moves on.
      const version = current.profile.version + 1n;
      const modified = Object.keys(this.conflictChange).length > 0 && {
        lastModifiedDate: this.nextModificationDate(current.profile),
      };
      this.put({ ...current.profile, ...this.conflictChange, ...modified, version }, current.ownerTeam);
      throw new VersionConflictError('The version does not match.');
    }
    if (current.profile.version !== expectedVersion) {
      throw new VersionConflictError('The version does not match.');
    }
    const failure = this.nextUpdateFailure;
    this.nextUpdateFailure = undefined;
    if (failure && !this.failureAfterApply) throw failure;
    const next = {
      ...applyUpdate(current.profile, request),
      version: current.profile.version + 1n,
      lastModifiedDate: this.nextModificationDate(current.profile),
    };
    refuseInvalid(judgeIssues(validateUpdateRequest(request)).refusals);
    this.put(next, current.ownerTeam);
    if (failure) throw failure;
    return structuredClone(next);
  }

  private nextModificationDate(profile: SecurityProfile | undefined): Date {
    this.modifications += 1;
    const next = this.now?.().getTime() ?? FIRST_MODIFICATION + (this.modifications - 1) * 1000;
    return new Date(Math.max(next, (profile?.lastModifiedDate?.getTime() ?? 0) + 1000));
  }

  private mustGet(name: string): LoadedProfile {
    const loaded = this.profiles.get(name);
    if (!loaded) throw new ProfileNotFoundError(name);
    return loaded;
  }
}

/**
 * What IoT answers an update it finds invalid: InvalidRequestException, as the
 * adapter translates it (the fields IoT names, IoT's words; no rule of the gateway's).
 */
function refuseInvalid(issues: ValidationError['issues']): void {
  if (issues.length === 0) return;
  throw new ValidationError(issues.map(({ path, message }) => ({ path, message })));
}
