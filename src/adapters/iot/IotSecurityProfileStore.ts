import {
  CreateSecurityProfileCommand,
  DeleteSecurityProfileCommand,
  DescribeSecurityProfileCommand,
  ListSecurityProfilesCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UpdateSecurityProfileCommand,
  type IoTClient,
} from '@aws-sdk/client-iot';
import type { CreateSecurityProfileRequest } from '../../domain/validation/validateCreateRequest';
import type {
  Behavior,
  LoadedProfile,
  SecurityProfile,
  UpdateSecurityProfileRequest,
} from '../../domain/securityProfile';
import { UpstreamUnavailableError, type ValidationIssue } from '../../domain/errors';
import type { ProfileDirectory, SecurityProfileStore } from '../../service/ports';
import { captureRawBody, type LongBearingCommand } from './captureRawBody';
import { changeTarget, listTargets, type SendIot } from './iotTargets';
import { validateBehaviorsCall } from './validateBehaviorsCall';
import { readExactLongs } from './readExactLongs';
import type { NamedMembers } from './fieldsOfIotMessage';
import { tagAuditEvent } from './tagAuditEvent';
import { toDomainError } from './toDomainError';
import { toDomainProfile } from './toDomainProfile';
import { asSdkInput, toSdkUpdateInput } from './toSdkUpdateInput';
import { toSdkCreateInput } from './toSdkCreateInput';

export interface IotSecurityProfileStoreOptions {
  /** Sends the reads (describe, list tags), which are safe to resend on any transient failure. */
  client: IoTClient;
  /**
   * Sends UpdateSecurityProfile; defaults to `client`. In production it retries throttling only
   * (`createIotClient({ retryScope: 'throttlingOnly' })`): an update resent after a lost answer
   * would be refused as a version conflict with its own applied change.
   */
  writeClient?: IoTClient;
  /** The tag whose value names the team that owns a profile. */
  ownerTagKey: string;
  /**
   * `arn:<partition>:iot:<region>:<account>:securityprofile/` when the deployment knows it
   * (CloudFormation does): the first load of a cold start then lists tags in parallel too.
   */
  arnPrefix?: string;
}

const ARN_RESOURCE_TYPE = ':securityprofile/';

/**
 * The SecurityProfileStore over AWS IoT (or anything speaking its wire protocol).
 *
 * `load` needs the profile's ARN to list its tags, and the gateway is not told
 * its account. IoT's ARN for a profile is `arn:<partition>:iot:<region>:<account>:securityprofile/<name>`,
 * so the store learns that prefix from the first describe it makes (one
 * sequential load per cold start) and from then on lists tags in parallel with
 * the describe, for every name. If a describe ever returns another ARN than the
 * one computed, the tags are re-read with the returned ARN: correct, one hop slower.
 */
export class IotSecurityProfileStore implements SecurityProfileStore, ProfileDirectory {
  private readonly client: IoTClient;
  private readonly writeClient: IoTClient;
  readonly ownerTagKey: string;
  private arnPrefix: string | undefined;

  constructor(
    private readonly options: IotSecurityProfileStoreOptions,
    /** The audit event this view's writes are made for (`forAuditEvent`). */
    private readonly auditEventId?: string,
  ) {
    this.client = options.client;
    this.writeClient = options.writeClient ?? options.client;
    this.ownerTagKey = options.ownerTagKey;
    this.arnPrefix = options.arnPrefix;
  }

  /** A view on the same clients whose writes carry `auditEventId` in their User-Agent (`tagAuditEvent`). */
  forAuditEvent(auditEventId: string): IotSecurityProfileStore {
    return new IotSecurityProfileStore({ ...this.options, arnPrefix: this.arnPrefix }, auditEventId);
  }

  /** The profile and its owner tag; rejects with ProfileNotFoundError when IoT has no such profile. */
  async load(securityProfileName: string): Promise<LoadedProfile> {
    const expectedArn = this.arnPrefix && this.arnPrefix + securityProfileName;
    if (expectedArn === undefined) return this.withOwner(await this.describe(securityProfileName));

    const [described, tags] = await Promise.allSettled([
      this.describe(securityProfileName),
      this.listTags(expectedArn),
    ]);
    // The describe's failure is the one that explains the other (a missing profile has no tags).
    if (described.status === 'rejected') throw described.reason;
    if (described.value.securityProfileArn !== expectedArn) return this.withOwner(described.value);
    if (tags.status === 'rejected') throw tags.reason;
    return { profile: described.value, ownerTeam: tags.value.get(this.ownerTagKey) };
  }

  /** DescribeSecurityProfile, with `version` and every `count` exact. */
  async describe(securityProfileName: string): Promise<SecurityProfile> {
    const command = new DescribeSecurityProfileCommand({ securityProfileName });
    const profile = await this.sendForProfile(this.client, securityProfileName, command);
    this.arnPrefix ??= arnPrefixOf(profile);
    return profile;
  }

  /** UpdateSecurityProfile with `expectedVersion`; rejects with VersionConflictError when it is stale. */
  async update(request: UpdateSecurityProfileRequest, expectedVersion: bigint): Promise<SecurityProfile> {
    const input = toSdkUpdateInput({ ...request, expectedVersion });
    const command = new UpdateSecurityProfileCommand(asSdkInput(input));
    if (this.auditEventId !== undefined) tagAuditEvent(command, this.auditEventId);
    return this.sendForProfile(this.writeClient, request.securityProfileName, command, request);
  }

  /** The ARN of a profile of this name; the account's prefix is known once configured or described. */
  arnOf(securityProfileName: string): string {
    // Without the prefix (no configuration, no describe yet) the account and region are left empty.
    return (this.arnPrefix ?? 'arn:aws:iot:::securityprofile/') + securityProfileName;
  }

  /** CreateSecurityProfile with the owner tag among its tags, then Describe (Create answers only name and ARN). */
  async create(
    request: CreateSecurityProfileRequest,
    ownerTeam: string | undefined,
  ): Promise<SecurityProfile> {
    const owner = ownerTeam === undefined ? [] : [{ Key: this.ownerTagKey, Value: ownerTeam }];
    const input = toSdkCreateInput({ ...request, tags: [...(request.tags ?? []), ...owner] });
    const command = new CreateSecurityProfileCommand(input);
    if (this.auditEventId !== undefined) tagAuditEvent(command, this.auditEventId);
    await this.call(request.securityProfileName, () => this.writeClient.send(command), request);
    try {
      return await this.describe(request.securityProfileName);
    } catch (error) {
      // IoT made the profile; only reading it back failed (or was refused by the request's bound on
      // IoT calls): the change's outcome is unknown to the caller, not a failure.
      throw new UpstreamUnavailableError(
        `The profile '${request.securityProfileName}' was created, but could not be read back; the audit job will record it.`,
        { cause: error },
      );
    }
  }

  /** DeleteSecurityProfile with `expectedVersion`; rejects with VersionConflictError when it is stale. */
  async delete(securityProfileName: string, expectedVersion: bigint): Promise<void> {
    // The SDK types a long as a number; it writes a bigint into the query string as its digits.
    const version = expectedVersion as unknown as number;
    const command = new DeleteSecurityProfileCommand({ securityProfileName, expectedVersion: version });
    if (this.auditEventId !== undefined) tagAuditEvent(command, this.auditEventId);
    await this.call(securityProfileName, () => this.writeClient.send(command));
  }

  /** TagResource with the owner tag alone: the other tags stay. */
  async tagOwner(securityProfileArn: string, ownerTeam: string): Promise<void> {
    const name = securityProfileArn.slice(securityProfileArn.lastIndexOf('/') + 1);
    const tags = [{ Key: this.ownerTagKey, Value: ownerTeam }];
    const command = new TagResourceCommand({ resourceArn: securityProfileArn, tags });
    if (this.auditEventId !== undefined) tagAuditEvent(command, this.auditEventId);
    await this.call(name, () => this.writeClient.send(command));
  }

  /** Every target the profile is attached to (all pages of ListTargetsForSecurityProfile). */
  listTargets(securityProfileName: string): Promise<string[]> {
    return listTargets(this.client, securityProfileName, this.sender(securityProfileName));
  }

  /** AttachSecurityProfile through the write client, carrying the audit event's id. */
  attach(securityProfileName: string, targetArn: string): Promise<void> {
    const input = { securityProfileName, securityProfileTargetArn: targetArn };
    return changeTarget(
      'attach',
      this.writeClient,
      input,
      this.sender(securityProfileName),
      this.auditEventId,
    );
  }

  /** DetachSecurityProfile through the write client, carrying the audit event's id. */
  detach(securityProfileName: string, targetArn: string): Promise<void> {
    const input = { securityProfileName, securityProfileTargetArn: targetArn };
    return changeTarget(
      'detach',
      this.writeClient,
      input,
      this.sender(securityProfileName),
      this.auditEventId,
    );
  }

  /** ValidateSecurityProfileBehaviors (a read: safe to resend). */
  validateBehaviors(behaviors: Behavior[]): Promise<{ valid: boolean; errors: ValidationIssue[] }> {
    return validateBehaviorsCall(this.client, behaviors, this.sender(''));
  }

  /** One page of the account's profile names (ListSecurityProfiles), for the drift scan. */
  async listNames(nextToken?: string): Promise<{ names: string[]; nextToken?: string }> {
    const page = await this.call('', () =>
      this.client.send(new ListSecurityProfilesCommand({ nextToken, maxResults: 250 })),
    );
    const names = (page.securityProfileIdentifiers ?? []).flatMap((id) =>
      id.name === undefined ? [] : [id.name],
    );
    return page.nextToken ? { names, nextToken: page.nextToken } : { names };
  }

  /** Every tag of a security profile (all pages of ListTagsForResource), key to value. */
  async listTags(securityProfileArn: string): Promise<Map<string, string>> {
    const name = securityProfileArn.slice(securityProfileArn.lastIndexOf('/') + 1);
    const tags = new Map<string, string>();
    let nextToken: string | undefined;
    do {
      const command = new ListTagsForResourceCommand({ resourceArn: securityProfileArn, nextToken });
      const page = await this.call(name, () => this.client.send(command));
      for (const tag of page.tags ?? []) if (tag.Key !== undefined) tags.set(tag.Key, tag.Value ?? '');
      nextToken = page.nextToken;
    } while (nextToken);
    return tags;
  }

  private async withOwner(profile: SecurityProfile): Promise<LoadedProfile> {
    const tags = await this.listTags(profile.securityProfileArn);
    return { profile, ownerTeam: tags.get(this.ownerTagKey) };
  }

  private async sendForProfile(
    client: IoTClient,
    name: string,
    command: LongBearingCommand,
    sent?: NamedMembers,
  ): Promise<SecurityProfile> {
    const rawBody = captureRawBody(command);
    const output = await this.call(name, () => client.send(command), sent);
    return toDomainProfile(output, readExactLongs(rawBody()));
  }

  private sender(securityProfileName: string): SendIot {
    return (send, sent) => this.call(securityProfileName, send, sent);
  }

  private async call<T>(
    securityProfileName: string,
    send: () => Promise<T>,
    sent?: NamedMembers,
  ): Promise<T> {
    try {
      return await send();
    } catch (error) {
      throw toDomainError(error, securityProfileName, sent);
    }
  }
}

function arnPrefixOf(profile: SecurityProfile): string | undefined {
  const arn = profile.securityProfileArn;
  const at = arn.lastIndexOf(ARN_RESOURCE_TYPE);
  const isProfileArn = at >= 0 && arn.slice(at + ARN_RESOURCE_TYPE.length) === profile.securityProfileName;
  return isProfileArn ? arn.slice(0, at + ARN_RESOURCE_TYPE.length) : undefined;
}
