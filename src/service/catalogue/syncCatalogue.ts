import { catalogueEntryOfLoaded } from '../../domain/catalogue/catalogueEntry';
import type { LoadedProfile } from '../../domain/securityProfile';
import type { ScanSummary } from '../drift/scanForDrift';
import type { Clock, ProfileCatalogue } from '../ports';

// Entries read per page of the sweep: the catalogue's largest page.
const SWEEP_PAGE = 100;

/**
 * The drift scan's side of the catalogue, which keeps it exact for changes
 * made outside the gateway: `observed` records each profile as the scan found
 * it in IoT; `sweep`, once the scan is over, forgets the names it neither found
 * nor failed to read (deleted outside the gateway) and that nothing recorded
 * since the scan began (a profile created meanwhile is kept).
 */
export function syncCatalogue(catalogue: ProfileCatalogue, clock: Clock) {
  const started = clock.now();
  const seen = new Set<string>();
  return {
    observed: async (loaded: LoadedProfile): Promise<void> => {
      seen.add(loaded.profile.securityProfileName);
      await catalogue.record(catalogueEntryOfLoaded(loaded), clock.now());
    },
    sweep: async (scan: ScanSummary): Promise<string[]> => {
      for (const { securityProfileName } of scan.failed) seen.add(securityProfileName);
      const unseen: string[] = [];
      let after: string | undefined;
      do {
        const page = await catalogue.list({ allTeams: true }, { first: SWEEP_PAGE, after });
        for (const { entry } of page.edges) {
          if (!seen.has(entry.securityProfileName)) unseen.push(entry.securityProfileName);
        }
        after = page.hasNextPage ? page.endCursor : undefined;
      } while (after);
      await Promise.all(unseen.map((name) => catalogue.remove(name, { recordedBefore: started })));
      return unseen;
    },
  };
}
