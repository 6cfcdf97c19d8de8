import { describe, expect, it } from 'vitest';
import { applyUpdate } from '../../../src/domain/applyUpdate';
import {
  CONTENT_MEMBERS,
  DELETE_FLAGS,
  PROFILE_MEMBERS,
  isContentMember,
  membersClearedBy,
  profileContent,
} from '../../../src/domain/members/profileMembers';
import { mergeKeyedList } from '../../../src/domain/patch/mergeKeyedList';
import { writtenContent } from '../../../src/domain/patch/writtenContent';
import { aBehavior, aMetricsExportConfig, anAlertTargets, aProfile } from '../../fixtures/profiles';

describe('the member catalogue', () => {
  it('lists the content members of UpdateSecurityProfile in the order diffs report them', () => {
    expect(CONTENT_MEMBERS).toEqual([
      'securityProfileDescription',
      'behaviors',
      'alertTargets',
      'additionalMetricsToRetain',
      'additionalMetricsToRetainV2',
      'metricsExportConfig',
    ]);
  });

  it('clears both spellings of metrics to retain with one flag and every other member with its own', () => {
    const cleared = Object.fromEntries(DELETE_FLAGS.map((flag) => [flag, membersClearedBy(flag)]));

    expect(cleared).toEqual({
      deleteBehaviors: ['behaviors'],
      deleteAlertTargets: ['alertTargets'],
      deleteAdditionalMetricsToRetain: ['additionalMetricsToRetain', 'additionalMetricsToRetainV2'],
      deleteMetricsExportConfig: ['metricsExportConfig'],
    });
  });

  it('gives each patch field to one member only', () => {
    const fields = CONTENT_MEMBERS.flatMap((member) => PROFILE_MEMBERS[member].patch?.fields ?? []);

    expect(new Set(fields).size).toBe(fields.length);
  });

  it('reads an empty list or map as not given, and an empty description as given', () => {
    expect(PROFILE_MEMBERS.behaviors.given([])).toBeUndefined();
    expect(PROFILE_MEMBERS.alertTargets.given({})).toBeUndefined();
    expect(PROFILE_MEMBERS.additionalMetricsToRetain.given([])).toBeUndefined();
    expect(PROFILE_MEMBERS.securityProfileDescription.given('')).toBe('');
  });

  it('tells content members from identity and bookkeeping', () => {
    expect(isContentMember('behaviors')).toBe(true);
    expect(isContentMember('version')).toBe(false);
    expect(isContentMember('toString')).toBe(false);
  });

  it('takes only content members from a profile', () => {
    const profile = aProfile({ metricsExportConfig: aMetricsExportConfig() });

    const content = profileContent(profile);

    expect(Object.keys(content).sort()).toEqual(
      [
        'securityProfileDescription',
        'behaviors',
        'alertTargets',
        'additionalMetricsToRetainV2',
        'metricsExportConfig',
      ].sort(),
    );
    expect(applyUpdate(profile, { securityProfileName: profile.securityProfileName, ...content })).toEqual(
      profile,
    );
  });
});

describe('writtenContent', () => {
  it('holds what a patch sets and upserts, under the member it changes', () => {
    const behavior = aBehavior();
    const targets = anAlertTargets();

    const content = writtenContent({
      securityProfileName: 'p',
      upsertBehaviors: [behavior],
      removeBehaviors: ['Gone'],
      alertTargets: targets,
      deleteMetricsExportConfig: true,
    });

    expect(content).toEqual({ behaviors: [behavior], alertTargets: targets });
  });
});

describe('mergeKeyedList', () => {
  const key = (item: { k: string }) => item.k;

  it('replaces the first entry with a key in place, appends new keys in order, then removes', () => {
    const items = [
      { k: 'a', v: 1 },
      { k: 'b', v: 1 },
      { k: 'a', v: 2 },
    ];

    const merged = mergeKeyedList(
      items,
      [
        { k: 'c', v: 3 },
        { k: 'a', v: 9 },
        { k: 'c', v: 4 },
      ],
      ['b'],
      key,
    );

    expect(merged).toEqual([
      { k: 'a', v: 9 },
      { k: 'a', v: 2 },
      { k: 'c', v: 4 },
    ]);
  });
});
