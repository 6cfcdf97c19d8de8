import { describe, expect, it } from 'vitest';
import type { VersionClaim } from '../../src/domain/drift/versionClaim';
import type { VersionLedger } from '../../src/service/ports';

let names = 0;
const FIRST = '2026-01-05T09:00:00.000Z';
const SECOND = '2026-04-01T08:00:00.000Z';

function aClaim(overrides: Partial<VersionClaim> = {}): VersionClaim {
  return {
    securityProfileName: 'ledger-profile',
    creationDate: FIRST,
    version: 2n,
    eventId: '01JNEVENT00000000000000001',
    operation: 'UPDATE',
    changedAt: '2026-03-01T12:00:00.250Z',
    ...overrides,
  };
}

/** What the drift check and the reconciler rely on from the version ledger, fake and DynamoDB alike. */
export function describeVersionLedgerContract(implementation: string, underTest: () => VersionLedger): void {
  describe(`VersionLedger contract: ${implementation}`, () => {
    const aName = () => `ledger-${(names += 1)}`;

    it('holds a version for the first event that claims it, and says who holds it to the next', async () => {
      const ledger = underTest();
      const name = aName();
      const first = aClaim({ securityProfileName: name });
      const second = aClaim({ securityProfileName: name, eventId: '01JNEVENT00000000000000002' });

      const refusedFirst = await ledger.claim([first]);
      const refusedSecond = await ledger.claim([second]);

      expect(refusedFirst).toEqual([]);
      expect(refusedSecond).toEqual([first]);
      expect(await ledger.get(name, FIRST, 2n)).toEqual(first);
    });

    it('takes the same claim again from the event that holds it', async () => {
      const ledger = underTest();
      const claim = aClaim({ securityProfileName: aName() });
      await ledger.claim([claim]);

      const again = await ledger.claim([claim]);

      expect(again).toEqual([]);
    });

    it('lists the newest claims first, newest incarnation first, versions compared as numbers', async () => {
      const ledger = underTest();
      const name = aName();
      const claims = [9n, 10n, 11n].map((version, i) =>
        aClaim({ securityProfileName: name, version, eventId: `01JNEVENT0000000000000001${i}` }),
      );
      const reborn = aClaim({ securityProfileName: name, creationDate: SECOND, version: 1n, eventId: 'X' });
      await ledger.claim([...claims, reborn]);

      const newest = await ledger.newest(name, 3);
      const ofFirst = await ledger.newest(name, 10, FIRST);

      expect(newest.map((c) => [c.creationDate, c.version])).toEqual([
        [SECOND, 1n],
        [FIRST, 11n],
        [FIRST, 10n],
      ]);
      expect(ofFirst.map((c) => c.version)).toEqual([11n, 10n, 9n]);
    });

    it('keeps a claim without its change time, and versions past 2^53, exactly', async () => {
      const ledger = underTest();
      const name = aName();
      const claim = aClaim({ securityProfileName: name, version: 2n ** 63n - 1n, changedAt: undefined });
      delete claim.changedAt;

      await ledger.claim([claim]);

      expect(await ledger.newest(name, 1)).toStrictEqual([claim]);
    });

    it('answers nothing for a version no event claims', async () => {
      const ledger = underTest();

      expect(await ledger.get(aName(), FIRST, 1n)).toBeUndefined();
      expect(await ledger.newest(aName(), 5)).toEqual([]);
    });
  });
}
