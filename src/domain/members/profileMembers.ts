import { metricToRetainKey } from '../metricToRetainKey';
import { keyedPatch } from '../patch/keyedPatch';
import { setPatch } from '../patch/setPatch';
import type {
  AlertTargets,
  Behavior,
  ContentMember,
  DeleteFlag,
  MetricsExportConfig,
  MetricToRetain,
  ProfileContent,
} from '../securityProfile';
import { patchField, type EntryKeys, type MemberRules, type PatchFieldName } from './memberRules';
import { keyedListMember, listMember, mapMember, valueMember } from './memberShapes';
import type { NoneLeft } from './noneLeft';

/** One entry per content member; the compiler refuses a member of `ProfileContent` without one. */
export type ProfileMemberCatalogue = { readonly [K in ContentMember]: MemberRules<ProfileContent[K]> };

const BEHAVIOR_KEYS: EntryKeys<Behavior> = {
  keyOf: (behavior) => behavior.name,
  selector: (name) => `name=${name}`,
  keyPath: '.name',
};

const METRIC_TO_RETAIN_KEYS: EntryKeys<MetricToRetain> = {
  keyOf: metricToRetainKey,
  selector: (key) => key,
  keyPath: '',
};

const description = valueMember<string>();
const behaviors = keyedListMember(BEHAVIOR_KEYS);
const alertTargets = mapMember<AlertTargets>();
const metricsToRetain = listMember<string>();
const metricsToRetainV2 = keyedListMember(METRIC_TO_RETAIN_KEYS);
const exportConfig = valueMember<MetricsExportConfig>();

// Built outside the catalogue's literal, so that each keeps the names of its own fields
// (inside it, `satisfies` would widen them to every field) for EveryPatchFieldApplies.
const descriptionPatch = setPatch(description, patchField('securityProfileDescription'));
const behaviorsPatch = keyedPatch(BEHAVIOR_KEYS, {
  upsert: patchField('upsertBehaviors'),
  remove: patchField('removeBehaviors'),
  removalKey: (name) => name,
});
const alertTargetsPatch = setPatch(
  alertTargets,
  patchField('alertTargets'),
  patchField('deleteAlertTargets'),
);
const metricsToRetainV2Patch = keyedPatch(METRIC_TO_RETAIN_KEYS, {
  upsert: patchField('upsertMetricsToRetain'),
  remove: patchField('removeMetricsToRetain'),
  removalKey: metricToRetainKey,
});
const exportConfigPatch = setPatch(
  exportConfig,
  patchField('metricsExportConfig'),
  patchField('deleteMetricsExportConfig'),
);

/**
 * The members of a security profile's content, in the order diffs list them,
 * each with how it merges, diffs and clears and how a patch changes it. The
 * merge, diff, patch and delete-flag engines run over this table; validation,
 * authorization and the IoT and JSON codecs have their own tables, each keyed
 * by `ContentMember` so that none can miss a member.
 */
const MEMBERS = {
  securityProfileDescription: {
    ...description,
    deleteFlag: undefined,
    patch: descriptionPatch,
  },
  behaviors: {
    ...behaviors,
    deleteFlag: 'deleteBehaviors',
    patch: behaviorsPatch,
  },
  alertTargets: {
    ...alertTargets,
    deleteFlag: 'deleteAlertTargets',
    patch: alertTargetsPatch,
  },
  // Deprecated by AWS: a patch changes metrics to retain through the V2 list only. One flag
  // clears both spellings: they are two views of one setting.
  additionalMetricsToRetain: {
    ...metricsToRetain,
    deleteFlag: 'deleteAdditionalMetricsToRetain',
    patch: undefined,
  },
  additionalMetricsToRetainV2: {
    ...metricsToRetainV2,
    deleteFlag: 'deleteAdditionalMetricsToRetain',
    patch: metricsToRetainV2Patch,
  },
  metricsExportConfig: {
    ...exportConfig,
    deleteFlag: 'deleteMetricsExportConfig',
    patch: exportConfigPatch,
  },
} satisfies ProfileMemberCatalogue;

/** The member catalogue: see `MEMBERS`. */
export const PROFILE_MEMBERS: ProfileMemberCatalogue = MEMBERS;

/** The content members in catalogue order (the order of diffs). */
// The literal's keys are exactly ContentMember: `satisfies` refuses extra and missing ones.
export const CONTENT_MEMBERS = Object.keys(MEMBERS) as readonly ContentMember[];

type Declared = (typeof MEMBERS)[ContentMember];

/** Compiles only while every delete flag of UpdateSecurityProfile clears some member. */
export type EveryDeleteFlagClears = NoneLeft<Exclude<DeleteFlag, Declared['deleteFlag']>>;

/** Compiles only while every field of a patch changes some member (else it would be ignored). */
export type EveryPatchFieldApplies = NoneLeft<
  Exclude<PatchFieldName, NonNullable<Declared['patch']>['fields'][number]>
>;

/** The delete flags, each once, in catalogue order. */
export const DELETE_FLAGS: readonly DeleteFlag[] = [
  ...new Set(CONTENT_MEMBERS.flatMap((member) => PROFILE_MEMBERS[member].deleteFlag ?? [])),
];

const CLEARED_BY = new Map(
  DELETE_FLAGS.map((flag) => [
    flag,
    CONTENT_MEMBERS.filter((member) => PROFILE_MEMBERS[member].deleteFlag === flag),
  ]),
);

/** The members a delete flag clears (one flag clears both spellings of metrics to retain). */
export function membersClearedBy(flag: DeleteFlag): readonly ContentMember[] {
  return CLEARED_BY.get(flag) ?? [];
}

/** Whether `name` is a content member (e.g. the first segment of an issue path). */
export function isContentMember(name: string): name is ContentMember {
  return Object.hasOwn(MEMBERS, name);
}

/** Content built member by member from `valueOf`; members it answers undefined for are left out. */
export function contentOf(
  valueOf: <K extends ContentMember>(member: K) => ProfileContent[K] | undefined,
): ProfileContent {
  const content: ProfileContent = {};
  for (const member of CONTENT_MEMBERS) setMember(content, member, valueOf(member));
  return content;
}

/** The content members of `value` (absent ones left out); an absent profile has no content. */
export function profileContent(value: ProfileContent | undefined): ProfileContent {
  return value ? contentOf((member) => value[member]) : {};
}

function setMember<K extends ContentMember>(
  content: ProfileContent,
  member: K,
  value: ProfileContent[K] | undefined,
): void {
  if (value !== undefined) content[member] = value;
}
