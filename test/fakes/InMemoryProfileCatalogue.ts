import { mergePage, readCataloguePage, compareNames } from '../../src/adapters/catalogue/cataloguePages';
import { supersedes, type CatalogueEntry } from '../../src/domain/catalogue/catalogueEntry';
import type {
  CataloguePage,
  CatalogueRemoval,
  CatalogueSelection,
  PageRequest,
  ProfileCatalogue,
} from '../../src/service/ports';
import { settled } from './settled';

/**
 * The profile catalogue in memory, with the DynamoDB adapter's rules (never
 * back to an older state, conditional removal, pages by name).
 * test/contract/profileCatalogue.test.ts holds both to the same contract.
 */
export class InMemoryProfileCatalogue implements ProfileCatalogue {
  private readonly entries = new Map<string, { entry: CatalogueEntry; recordedAt: number }>();
  /** Partitions read by listings: what a page costs in queries. */
  queries = 0;

  record(entry: CatalogueEntry, recordedAt: Date): Promise<void> {
    return settled(() => {
      if (supersedes(entry, this.entries.get(entry.securityProfileName)?.entry)) {
        this.entries.set(entry.securityProfileName, {
          entry: structuredClone(entry),
          recordedAt: recordedAt.getTime(),
        });
      }
    });
  }

  remove(securityProfileName: string, condition: CatalogueRemoval): Promise<void> {
    return settled(() => {
      const held = this.entries.get(securityProfileName);
      if (!held) return;
      const holds =
        'recordedBefore' in condition
          ? held.recordedAt < condition.recordedBefore.getTime()
          : (held.entry.creationDate?.getTime() ?? 0) === (condition.creationDate?.getTime() ?? 0);
      if (holds) this.entries.delete(securityProfileName);
    });
  }

  list(selection: CatalogueSelection, page: PageRequest): Promise<CataloguePage> {
    return settled(() => {
      const { pageSize, after } = readCataloguePage(selection, page);
      const all = [...this.entries.values()].map(({ entry }) => structuredClone(entry));
      const teams = 'allTeams' in selection ? [undefined] : selection.ownerTeams;
      this.queries += teams.length;
      const partitions = teams.map((team) =>
        all
          .filter((entry) => team === undefined || entry.ownerTeam === team)
          .filter((entry) => after === undefined || compareNames(entry.securityProfileName, after) > 0)
          .sort((a, b) => compareNames(a.securityProfileName, b.securityProfileName))
          .slice(0, pageSize + 1),
      );
      return mergePage(selection, pageSize, partitions);
    });
  }

  /** The entry held for a name, for assertions. */
  get(securityProfileName: string): CatalogueEntry | undefined {
    return this.entries.get(securityProfileName)?.entry;
  }
}
