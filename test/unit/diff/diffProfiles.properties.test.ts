import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deepEqual } from '../../../src/domain/diff/deepEqual';
import { diffProfiles } from '../../../src/domain/diff/diffProfiles';
import { profileContent } from '../../../src/domain/members/profileMembers';
import { mergePatch } from '../../../src/domain/patch/mergePatch';
import type { SecurityProfile } from '../../../src/domain/securityProfile';
import { profileAndPatchArb, profileArb } from '../../fixtures/profileArbitraries';

// Independent profiles almost always differ; a profile and its patched self often do not.
const pairArb: fc.Arbitrary<[SecurityProfile | undefined, SecurityProfile | undefined]> = fc.oneof(
  fc.tuple(fc.option(profileArb, { nil: undefined }), fc.option(profileArb, { nil: undefined })),
  profileAndPatchArb.map(([profile, patch]): [SecurityProfile, SecurityProfile] => [
    profile,
    mergePatch(profile, patch).next,
  ]),
);

describe('diffProfiles properties', () => {
  it('finds no change between a profile and itself', () => {
    fc.assert(
      fc.property(profileArb, (profile) => {
        expect(diffProfiles(profile, structuredClone(profile))).toEqual([]);
      }),
    );
  });

  it('is non-empty exactly when the content differs', () => {
    fc.assert(
      fc.property(pairArb, ([before, after]) => {
        const changes = diffProfiles(before, after);

        const differs = !deepEqual(profileContent(before), profileContent(after));
        expect(changes.length > 0).toBe(differs);
      }),
    );
  });

  it('is empty for a patch exactly when the patch makes no request', () => {
    fc.assert(
      fc.property(profileAndPatchArb, ([profile, patch]) => {
        const { next, request } = mergePatch(profile, patch);

        expect(diffProfiles(profile, next).length === 0).toBe(request === undefined);
      }),
    );
  });

  it('names each path at most once and holds only JSON values', () => {
    fc.assert(
      fc.property(pairArb, ([before, after]) => {
        const changes = diffProfiles(before, after);

        expect(new Set(changes.map((c) => c.path)).size).toBe(changes.length);
        for (const change of changes) {
          expect(JSON.parse(JSON.stringify(change))).toEqual(change);
        }
      }),
    );
  });
});
