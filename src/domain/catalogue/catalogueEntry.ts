import { ownerTeam } from '../authorization/authorizeChange';
import type { LoadedProfile, SecurityProfile } from '../securityProfile';

/**
 * What the profile catalogue knows of one profile: enough to list it (name,
 * owner, version, dates) without asking IoT. The full profile is read from IoT
 * only when a client asks for it.
 */
export interface CatalogueEntry {
  securityProfileName: string;
  securityProfileArn: string;
  /** The owner tag's team; absent for a profile only admins may change. */
  ownerTeam?: string;
  version: bigint;
  creationDate?: Date;
  lastModifiedDate?: Date;
}

/** Which profiles a catalogue listing holds: every one, or those the owner tags give to some teams. */
export type CatalogueSelection = { allTeams: true } | { ownerTeams: readonly string[] };

/** The entry of a profile as IoT holds it, with the team its owner tag names. */
export function catalogueEntryOf(profile: SecurityProfile, owner: string | undefined): CatalogueEntry {
  return {
    securityProfileName: profile.securityProfileName,
    securityProfileArn: profile.securityProfileArn,
    ...(owner !== undefined && owner !== '' && { ownerTeam: owner }),
    version: profile.version,
    ...(profile.creationDate && { creationDate: profile.creationDate }),
    ...(profile.lastModifiedDate && { lastModifiedDate: profile.lastModifiedDate }),
  };
}

/** The entry of a profile as a load found it (the drift scan's). */
export function catalogueEntryOfLoaded(loaded: LoadedProfile): CatalogueEntry {
  return catalogueEntryOf(loaded.profile, ownerTeam(loaded));
}

/**
 * True when `next` may replace `stored`: a later incarnation, or the same one
 * at the same or a later version (an ownership transfer keeps the version).
 * Entries recorded out of order (two writers' outcomes) so never go back.
 */
export function supersedes(next: CatalogueEntry, stored: CatalogueEntry | undefined): boolean {
  if (!stored) return true;
  const nextBorn = next.creationDate?.getTime() ?? 0;
  const storedBorn = stored.creationDate?.getTime() ?? 0;
  if (nextBorn !== storedBorn) return nextBorn > storedBorn;
  return next.version >= stored.version;
}
