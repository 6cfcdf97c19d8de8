import type { VersionClaim } from '../../src/domain/drift/versionClaim';
import type { VersionLedger } from '../../src/service/ports';
import { settled } from './settled';

/**
 * The version ledger in memory, with DynamoVersionLedger's rule: a version is
 * held by the first event that claims it. test/contract/versionLedger.test.ts
 * holds it to DynamoDB.
 */
export class InMemoryVersionLedger implements VersionLedger {
  private readonly claims = new Map<string, VersionClaim>();
  failClaims = false;

  claim(claims: readonly VersionClaim[]): Promise<VersionClaim[]> {
    return settled(() => {
      if (this.failClaims) throw new Error('ledger unreachable');
      const refused: VersionClaim[] = [];
      for (const claim of claims) {
        const key = keyOf(claim.securityProfileName, claim.creationDate, claim.version);
        const holder = this.claims.get(key);
        if (holder && holder.eventId !== claim.eventId) refused.push(structuredClone(holder));
        else this.claims.set(key, structuredClone(claim));
      }
      return refused;
    });
  }

  newest(securityProfileName: string, limit: number, creationDate?: string): Promise<VersionClaim[]> {
    return settled(() =>
      [...this.claims.values()]
        .filter((claim) => claim.securityProfileName === securityProfileName)
        .filter((claim) => creationDate === undefined || claim.creationDate === creationDate)
        .sort((a, b) => compare(b, a))
        .slice(0, limit)
        .map((claim) => structuredClone(claim)),
    );
  }

  get(securityProfileName: string, creationDate: string, version: bigint): Promise<VersionClaim | undefined> {
    return settled(() => {
      const claim = this.claims.get(keyOf(securityProfileName, creationDate, version));
      return claim && structuredClone(claim);
    });
  }

  /** Every claim, oldest incarnation and version first. */
  all(): VersionClaim[] {
    return [...this.claims.values()].sort(compare).map((claim) => structuredClone(claim));
  }
}

function keyOf(name: string, creationDate: string, version: bigint): string {
  return `${name}|${creationDate}|${version}`;
}

function compare(a: VersionClaim, b: VersionClaim): number {
  if (a.creationDate !== b.creationDate) return a.creationDate < b.creationDate ? -1 : 1;
  return a.version < b.version ? -1 : a.version > b.version ? 1 : 0;
}
