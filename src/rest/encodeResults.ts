import { encodeProfile, toEpochSeconds } from '../iotJson/encodeProfile';
import type { ChangeResult } from '../service/change/changeResult';
import type { AuditPage, CataloguePage } from '../service/ports';
import { encodeAuditEvent, encodeChanges } from './encodeAuditEvent';

/** A change's answer (`changeResultSchema`): the profile as Describe returns it, warnings only when there are some. */
export function encodeChangeResult(result: ChangeResult): Record<string, unknown> {
  const { securityProfile, warnings, changes, ...rest } = result;
  return {
    securityProfile: encodeProfile(securityProfile),
    ...rest,
    changes: encodeChanges(changes),
    ...(warnings.length > 0 && { warnings }),
  };
}

/** A page of audit events (`auditPageSchema`), each in IoT's spelling. */
export function encodeAuditPage(page: AuditPage): Record<string, unknown> {
  return {
    events: page.edges.map(({ cursor, event }) => ({ cursor, event: encodeAuditEvent(event) })),
    endCursor: page.endCursor ?? null,
    hasNextPage: page.hasNextPage,
  };
}

/** A page of the catalogue (`cataloguePageSchema`) in IoT's spelling: epoch-second dates, exact versions. */
export function encodeCataloguePage(page: CataloguePage): Record<string, unknown> {
  return {
    securityProfiles: page.edges.map(({ cursor, entry }) => ({
      cursor,
      securityProfileName: entry.securityProfileName,
      securityProfileArn: entry.securityProfileArn,
      ownerTeam: entry.ownerTeam ?? null,
      version: entry.version,
      creationDate: toEpochSeconds(entry.creationDate),
      lastModifiedDate: toEpochSeconds(entry.lastModifiedDate),
    })),
    endCursor: page.endCursor ?? null,
    hasNextPage: page.hasNextPage,
  };
}
