import type {
  AuditObservation,
  AuditOperation,
  AuditOutcome,
  ReconciliationVerdict,
} from '../domain/auditEvent';
import type { WarningCode } from '../domain/warning';
import { long, epochSeconds } from '../iotJson/decode';
import { securityProfile } from '../iotJson/decodeShapes';
import { titled, type JsonSchema } from '../iotJson/jsonSchema';
import { ERROR_TABLE } from '../service/errorTable';

/**
 * The schemas of the REST answers that are not IoT shapes: what `createRestHandler`
 * and `encodeAuditEvent` write. Every REST answer the tests receive is validated
 * against them, so a member added to an answer and not here fails a test.
 */

/** The values of a union type, each once: the compiler refuses a missing or unknown one. */
function valuesOf<T extends string>(values: Record<T, true>): T[] {
  return Object.keys(values) as T[];
}

const string = { type: 'string' } as const;
const integer = { type: 'integer' } as const;
const boolean = { type: 'boolean' } as const;
const stringList = { type: 'array', items: string } as const;

/** An object whose members are all listed, `required` the ones always present. */
function object(properties: Record<string, JsonSchema>, required: readonly string[] = []): JsonSchema {
  return { type: 'object', properties, required, additionalProperties: false };
}

const fieldChange = titled(
  'FieldChange',
  object(
    {
      path: { ...string, description: 'e.g. `behaviors[name=Authorization].criteria.value.count`' },
      before: { description: 'The JSON before (null when absent); counts as exact numbers.' },
      after: { description: 'The JSON after (null when absent); counts as exact numbers.' },
    },
    ['path', 'before', 'after'],
  ),
);

const warning = titled(
  'Warning',
  object(
    {
      code: { enum: valuesOf<WarningCode>({ UNCONFIRMED_RULE: true, AUDIT_PENDING: true }) },
      message: string,
      field: string,
    },
    ['code', 'message'],
  ),
);

/** The answer of a change (update, patch): `ChangeResult` with the profile as Describe returns it. */
export const changeResultSchema = titled(
  'ChangeResult',
  object(
    {
      securityProfile: securityProfile.schema,
      attempts: { ...integer, description: 'How many UpdateSecurityProfile calls the gateway made.' },
      auditEventId: {
        ...string,
        description: 'The audit event of this call; a dry run’s starts with `dry-run-`.',
      },
      applied: { ...boolean, description: 'True when IoT applied a change.' },
      changes: { type: 'array', items: fieldChange },
      warnings: { type: 'array', items: warning },
    },
    ['securityProfile', 'attempts', 'auditEventId', 'applied', 'changes'],
  ),
);

const auditOperations = valuesOf<AuditOperation>({
  CREATE: true,
  UPDATE: true,
  PATCH: true,
  DELETE: true,
  TRANSFER_OWNERSHIP: true,
  ATTACH: true,
  DETACH: true,
  RESTORE: true,
  OUT_OF_BAND_CHANGE: true,
  BASELINE: true,
});

const auditOutcomes = valuesOf<AuditOutcome>({
  PENDING: true,
  SUCCEEDED: true,
  DENIED: true,
  INVALID: true,
  CONFLICT: true,
  FAILED: true,
});

const verdicts = valuesOf<ReconciliationVerdict>({
  APPLIED: true,
  NOT_APPLIED: true,
  UNDETERMINED: true,
  PROFILE_DELETED: true,
  PRESUMED_APPLIED: true,
});

const detectedBy = valuesOf<AuditObservation['detectedBy']>({ PIPELINE: true, SCAN: true, CLOUDTRAIL: true });

const auditEvent = titled(
  'AuditEvent',
  object(
    {
      eventId: string,
      time: epochSeconds.schema,
      request: object(
        { apiRequestId: string, lambdaRequestId: string, sourceIp: string, userAgent: string },
        ['apiRequestId', 'lambdaRequestId'],
      ),
      actor: object({ subject: string, teams: stringList, isAdmin: boolean }, [
        'subject',
        'teams',
        'isAdmin',
      ]),
      operation: { enum: auditOperations },
      securityProfileName: string,
      securityProfileArn: string,
      incarnation: object({ securityProfileArn: string, creationDate: epochSeconds.schema }, [
        'securityProfileArn',
        'creationDate',
      ]),
      ownerTeam: string,
      previousOwnerTeam: string,
      restoredEventId: {
        ...string,
        description: 'For a RESTORE: the event whose `after` the profile was made again.',
      },
      outcome: { enum: auditOutcomes },
      errorCode: { enum: Object.keys(ERROR_TABLE) },
      errorMessage: string,
      denial: {
        ...object({ rule: string, message: string }, ['rule', 'message']),
        description: 'The rule that refused a caller who may not read the profile (answered NOT_FOUND).',
      },
      attempts: integer,
      versionBefore: long.schema,
      versionAfter: long.schema,
      before: securityProfile.schema,
      after: securityProfile.schema,
      changes: { type: 'array', items: fieldChange },
      input: { description: 'The input exactly as the caller sent it.' },
      completedAt: epochSeconds.schema,
      reconciliation: object(
        {
          reconciledAt: epochSeconds.schema,
          verdict: { enum: verdicts },
          currentVersion: long.schema,
          note: string,
        },
        ['reconciledAt', 'verdict', 'note'],
      ),
      observation: object(
        { detectedBy: { enum: detectedBy }, detectedAt: epochSeconds.schema, note: string },
        ['detectedBy', 'detectedAt', 'note'],
      ),
      attribution: object(
        {
          principal: string,
          userIdentity: { type: 'object', description: 'CloudTrail’s userIdentity element as recorded.' },
          sourceIPAddress: string,
          userAgent: string,
          eventTime: epochSeconds.schema,
          eventID: string,
          eventName: string,
        },
        ['principal', 'userIdentity', 'eventTime', 'eventID', 'eventName'],
      ),
    },
    [
      'eventId',
      'time',
      'request',
      'actor',
      'operation',
      'securityProfileName',
      'outcome',
      'attempts',
      'changes',
    ],
  ),
);

/** A page of audit events, newest first. */
export const auditPageSchema = titled(
  'AuditEventPage',
  object(
    {
      events: { type: 'array', items: object({ cursor: string, event: auditEvent }, ['cursor', 'event']) },
      endCursor: { type: ['string', 'null'], description: 'Pass as `after` for the next page.' },
      hasNextPage: boolean,
    },
    ['events', 'endCursor', 'hasNextPage'],
  ),
);

/** The answer of a delete: the name, whether IoT deleted it, the audit event. */
export const deleteResultSchema = titled(
  'DeleteResult',
  object(
    {
      securityProfileName: string,
      deleted: { ...boolean, description: 'True when IoT deleted the profile; false for a dry run.' },
      auditEventId: string,
      warnings: { type: 'array', items: warning },
    },
    ['securityProfileName', 'deleted', 'auditEventId'],
  ),
);

/** A page of the catalogue: the profiles the caller may read, with owners and versions. */
export const cataloguePageSchema = titled(
  'SecurityProfilePage',
  object(
    {
      securityProfiles: {
        type: 'array',
        items: titled(
          'CatalogueEntry',
          object(
            {
              cursor: string,
              securityProfileName: string,
              securityProfileArn: string,
              ownerTeam: { type: ['string', 'null'], description: 'Null: only admins may change it.' },
              version: long.schema,
              creationDate: epochSeconds.schema,
              lastModifiedDate: epochSeconds.schema,
            },
            ['cursor', 'securityProfileName', 'securityProfileArn', 'ownerTeam', 'version'],
          ),
        ),
      },
      endCursor: { type: ['string', 'null'], description: 'Pass as `after` for the next page.' },
      hasNextPage: boolean,
    },
    ['securityProfiles', 'endCursor', 'hasNextPage'],
  ),
);
