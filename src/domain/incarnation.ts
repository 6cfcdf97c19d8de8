import type { SecurityProfile } from './securityProfile';

/**
 * One life of a security profile: its ARN and the creation date IoT gave it.
 * A profile deleted and created again under the same name is another
 * incarnation, with versions starting again at 1, so its audit trail is
 * another trail: events, versions and snapshots are only ever compared within
 * one incarnation.
 */
export interface ProfileIncarnation {
  securityProfileArn: string;
  /** IoT's `creationDate`, ISO-8601 (milliseconds, UTC). */
  creationDate: string;
}

/** The incarnation a described profile belongs to; undefined when IoT gave no creation date. */
export function incarnationOf(profile: SecurityProfile): ProfileIncarnation | undefined {
  if (!profile.creationDate) return undefined;
  return {
    securityProfileArn: profile.securityProfileArn,
    creationDate: profile.creationDate.toISOString(),
  };
}

/** True when both name the same incarnation (both undefined counts as unknown, not the same). */
export function sameIncarnation(
  a: ProfileIncarnation | undefined,
  b: ProfileIncarnation | undefined,
): boolean {
  return (
    a !== undefined &&
    b !== undefined &&
    a.securityProfileArn === b.securityProfileArn &&
    a.creationDate === b.creationDate
  );
}
