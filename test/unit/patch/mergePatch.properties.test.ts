import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyUpdate } from '../../../src/domain/applyUpdate';
import { deepEqual } from '../../../src/domain/diff/deepEqual';
import { mergePatch } from '../../../src/domain/patch/mergePatch';
import { validatePatch } from '../../../src/domain/patch/validatePatch';
import type { PatchSecurityProfileRequest } from '../../../src/domain/patch/patchRequest';
import type { UpdateSecurityProfileRequest } from '../../../src/domain/securityProfile';
import { behaviorArb, patchArb, profileAndPatchArb, profileArb } from '../../fixtures/profileArbitraries';

const name = 'team-a-sensors';

describe('mergePatch properties', () => {
  it('generates only patches that validatePatch accepts', () => {
    fc.assert(
      fc.property(patchArb, (patch) => {
        expect(validatePatch(patch)).toEqual([]);
      }),
    );
  });

  it('an empty patch changes nothing', () => {
    const emptyPatchArb = fc.constantFrom<PatchSecurityProfileRequest>(
      { securityProfileName: name },
      { securityProfileName: name, upsertBehaviors: [], removeBehaviors: [] },
      { securityProfileName: name, upsertMetricsToRetain: [], removeMetricsToRetain: [], alertTargets: {} },
    );
    fc.assert(
      fc.property(profileArb, emptyPatchArb, (current, patch) => {
        const { next, request } = mergePatch(current, patch);

        expect(request).toBeUndefined();
        expect(deepEqual(next, current)).toBe(true);
      }),
    );
  });

  it('upserting a new behavior and then removing it restores the original', () => {
    fc.assert(
      fc.property(profileArb, behaviorArb(fc.constant('AddedThenRemoved')), (original, behavior) => {
        const added = mergePatch(original, { securityProfileName: name, upsertBehaviors: [behavior] });
        const restored = mergePatch(added.next, {
          securityProfileName: name,
          removeBehaviors: [behavior.name],
        });

        expect(restored.request).toBeDefined();
        expect(deepEqual(restored.next, original)).toBe(true);
      }),
    );
  });

  it('applying the same patch twice equals applying it once', () => {
    fc.assert(
      fc.property(profileAndPatchArb, ([current, patch]) => {
        const once = mergePatch(current, patch);
        const twice = mergePatch(once.next, patch);

        expect(twice.request).toBeUndefined();
        expect(deepEqual(twice.next, once.next)).toBe(true);
      }),
    );
  });

  it('the request makes IoT produce exactly the merged profile', () => {
    fc.assert(
      fc.property(profileAndPatchArb, ([current, patch]) => {
        const { next, request } = mergePatch(current, patch);

        const expected = request ? applyUpdate(current, request) : current;
        expect(deepEqual(next, expected)).toBe(true);
      }),
    );
  });

  it('the request never pairs a member with its delete flag nor sends an empty list or map', () => {
    fc.assert(
      fc.property(profileAndPatchArb, ([current, patch]) => {
        const { request } = mergePatch(current, patch);

        if (request) expect(requestProblems(request)).toEqual([]);
      }),
    );
  });

  it('a patch applied after another keeps the behaviors the other upserted and it does not touch', () => {
    fc.assert(
      fc.property(profileArb, patchArb, patchArb, (current, first, second) => {
        const touched = new Set([
          ...(second.upsertBehaviors ?? []).map((b) => b.name),
          ...(second.removeBehaviors ?? []),
        ]);
        const kept = (first.upsertBehaviors ?? []).filter((b) => !touched.has(b.name));

        const afterFirst = mergePatch(current, first).next;
        const afterBoth = mergePatch(afterFirst, second).next;

        for (const behavior of kept) {
          expect(afterBoth.behaviors?.find((b) => b.name === behavior.name)).toEqual(behavior);
        }
      }),
    );
  });
});

function requestProblems(request: UpdateSecurityProfileRequest): string[] {
  const problems: string[] = [];
  if (request.deleteBehaviors && request.behaviors) problems.push('behaviors with deleteBehaviors');
  if (request.deleteAlertTargets && request.alertTargets)
    problems.push('alertTargets with deleteAlertTargets');
  if (request.deleteMetricsExportConfig && request.metricsExportConfig)
    problems.push('metricsExportConfig twice');
  if (request.deleteAdditionalMetricsToRetain && request.additionalMetricsToRetainV2)
    problems.push('V2 twice');
  if (request.behaviors?.length === 0) problems.push('empty behaviors');
  if (request.additionalMetricsToRetainV2?.length === 0) problems.push('empty V2');
  if (request.alertTargets && Object.keys(request.alertTargets).length === 0)
    problems.push('empty alertTargets');
  return problems;
}
