import {
  AttachSecurityProfileCommand,
  DetachSecurityProfileCommand,
  ListTargetsForSecurityProfileCommand,
  type IoTClient,
} from '@aws-sdk/client-iot';
import { TargetNotFoundError } from '../../domain/errors';
import type { NamedMembers } from './fieldsOfIotMessage';
import { tagAuditEvent } from './tagAuditEvent';

/** Sends one call, translating what IoT threw into the domain's errors. */
export type SendIot = <T>(send: () => Promise<T>, sent?: NamedMembers) => Promise<T>;

/** Every page of ListTargetsForSecurityProfile. */
export async function listTargets(client: IoTClient, name: string, send: SendIot): Promise<string[]> {
  const targets: string[] = [];
  let nextToken: string | undefined;
  do {
    const command = new ListTargetsForSecurityProfileCommand({ securityProfileName: name, nextToken });
    const page = await send(() => client.send(command));
    for (const target of page.securityProfileTargets ?? []) if (target.arn) targets.push(target.arn);
    nextToken = page.nextToken;
  } while (nextToken);
  return targets;
}

/**
 * AttachSecurityProfile or DetachSecurityProfile, carrying the audit event's id.
 * The profile was loaded just before, so IoT's ResourceNotFoundException is
 * about the target: a thing group that does not exist, or (detach) one the
 * profile is not attached to.
 */
export async function changeTarget(
  change: 'attach' | 'detach',
  client: IoTClient,
  input: { securityProfileName: string; securityProfileTargetArn: string },
  send: SendIot,
  auditEventId: string | undefined,
): Promise<void> {
  const command =
    change === 'attach' ? new AttachSecurityProfileCommand(input) : new DetachSecurityProfileCommand(input);
  if (auditEventId !== undefined) tagAuditEvent(command, auditEventId);
  await send(async () => {
    try {
      await client.send(command);
    } catch (error) {
      throw targetNotFound(change, input, error) ?? error;
    }
  });
}

function targetNotFound(
  change: 'attach' | 'detach',
  input: { securityProfileName: string; securityProfileTargetArn: string },
  error: unknown,
): TargetNotFoundError | undefined {
  if (!(error instanceof Error) || error.name !== 'ResourceNotFoundException') return undefined;
  const problem =
    change === 'attach'
      ? `IoT knows no target '${input.securityProfileTargetArn}' (no such thing group)`
      : `security profile '${input.securityProfileName}' is not attached to '${input.securityProfileTargetArn}'`;
  return new TargetNotFoundError(input.securityProfileName, input.securityProfileTargetArn, problem, {
    cause: error,
  });
}
