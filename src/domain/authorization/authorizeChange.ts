import type { Actor } from '../actor';
import { AuthorizationError } from '../errors';
import type { LoadedProfile, ProfileContent, UpdateSecurityProfileRequest } from '../securityProfile';
import { isAdmin, isAuditor } from './isAdmin';
import { referencesOf, type Reference } from './referencesOf';
import type { TeamGrant, TeamPolicy } from './teamPolicy';

/** Why a change or read was refused; docs/authorization.md says what each one means. */
export type AuthorizationRule =
  | 'OWNER_TEAM_REQUIRED'
  | 'ADMIN_ONLY_UNOWNED'
  | 'ADMIN_TEAM_REQUIRED'
  | 'ALERT_TARGET_TYPE_NOT_ALLOWED'
  | 'SNS_TOPIC_NOT_ALLOWED'
  | 'ROLE_NOT_ALLOWED'
  | 'MQTT_TOPIC_NOT_ALLOWED'
  | 'TARGET_NOT_ALLOWED'
  | 'ACCOUNT_TARGET_ADMIN_ONLY'
  | 'AUDIT_EVENT_NOT_READABLE';

/** The refusal half of {@link AuthorizationDecision}. */
export interface AuthorizationDenial {
  allowed: false;
  rule: AuthorizationRule;
  /** The input field to blame (`alertTargets.SNS.roleArn`); absent when the profile itself is off limits. */
  path?: string;
  /** Names the field and the rule; never another team's patterns. */
  message: string;
}

/** The outcome of the authorization stage (4). */
export type AuthorizationDecision = { allowed: true } | AuthorizationDenial;

const ALLOWED: AuthorizationDecision = { allowed: true };

/** The rule a reference breaks when no owner pattern in its list matches, and what to call it. */
const LIST_RULES: Readonly<Record<keyof TeamGrant, { rule: AuthorizationRule; noun: string }>> = {
  snsTopicArns: { rule: 'SNS_TOPIC_NOT_ALLOWED', noun: 'SNS topic' },
  roleArns: { rule: 'ROLE_NOT_ALLOWED', noun: 'role' },
  mqttTopics: { rule: 'MQTT_TOPIC_NOT_ALLOWED', noun: 'MQTT topic' },
  thingGroupArns: { rule: 'TARGET_NOT_ALLOWED', noun: 'target' },
};

/**
 * May `actor` make this change? Two checks, in order:
 * 1. ownership: an admin may change any profile; anyone else only one whose owner
 *    tag is one of their teams (an untagged profile is admin-only);
 * 2. references: every ARN and topic in the request must match the patterns of the
 *    team that OWNS the profile (untagged: of the admin teams together), whoever
 *    the caller is, so no one can point a team's profile at another team's resources.
 * Admin status comes from `actor.teams` and the policy in force, not `actor.isAdmin`,
 * so a stale or forged flag grants nothing.
 */
export function authorizeChange(
  actor: Actor,
  loaded: LoadedProfile,
  request: UpdateSecurityProfileRequest,
  policy: TeamPolicy,
): AuthorizationDecision {
  const ownership = authorizeOwnership(actor, loaded, policy, 'change');
  if (!ownership.allowed) return ownership;
  return authorizeContent(ownerTeam(loaded), request, policy);
}

/**
 * May a profile owned by `owner` (undefined: admin-only) hold `content`? Every
 * ARN and topic must match the owner's patterns (the admin teams' together for
 * an admin-only profile), and alert targets must be SNS. A create and every
 * change of content ask it, and are told the first refusal; a transfer, which
 * names every refusal, asks {@link refusedContent}.
 */
export function authorizeContent(
  owner: string | undefined,
  content: ProfileContent,
  policy: TeamPolicy,
): AuthorizationDecision {
  const [first] = refusedContent(owner, content, policy);
  return first === undefined ? ALLOWED : deny(first.rule, first.path, first.problem);
}

/** A reference refused, before it is worded as a denial: the rule, the field and what is wrong. */
export interface RefusedReference {
  rule: AuthorizationRule;
  path: string;
  problem: string;
}

/** Who a refusal says the patterns belong to: the team owning the profile, or (a transfer) the team receiving it. */
export type OwnerRole = 'owner' | 'new owner';

/**
 * Every part of `content` a profile owned by `owner` may not hold, in the
 * order {@link authorizeContent} checks them (it reports the first): alert
 * target types other than SNS, then each ARN and topic the owner's patterns
 * do not match. Empty: allowed.
 */
export function refusedContent(
  owner: string | undefined,
  content: ProfileContent,
  policy: TeamPolicy,
  role: OwnerRole = 'owner',
): RefusedReference[] {
  const types = Object.keys(content.alertTargets ?? {})
    .filter((type) => type !== 'SNS')
    .map((type) => ({
      rule: 'ALERT_TARGET_TYPE_NOT_ALLOWED' as const,
      path: `alertTargets.${type}`,
      problem: 'only SNS alert targets can be authorized',
    }));
  const references = referencesOf(content).flatMap(
    (reference) => refuseReference(owner, reference, policy, role) ?? [],
  );
  return [...types, ...references];
}

/**
 * May `actor` read this profile (the `securityProfile` query)? The ownership
 * rule of a change, and auditor teams, which read every profile.
 */
export function authorizeRead(
  actor: Actor,
  loaded: LoadedProfile,
  policy: TeamPolicy,
): AuthorizationDecision {
  if (isAuditor(actor.teams, policy)) return ALLOWED;
  return authorizeOwnership(actor, loaded, policy, 'read');
}

/** Throws AuthorizationError (FORBIDDEN) carrying the rule, path and message of a denial. */
export function assertAllowed(decision: AuthorizationDecision): asserts decision is { allowed: true } {
  if (!decision.allowed) throw new AuthorizationError(decision.rule, decision.path, decision.message);
}

/** Why the profile `owner` owns may not make IoT use `reference`; undefined when it may. */
export function refuseReference(
  owner: string | undefined,
  { path, value, list }: Reference,
  policy: TeamPolicy,
  role: OwnerRole = 'owner',
): RefusedReference | undefined {
  const grants = ownerGrants(owner, policy);
  if (grants.some((grant) => grant[list].some((pattern) => pattern.matches(value)))) return undefined;
  const { rule, noun } = LIST_RULES[list];
  return { rule, path, problem: `${noun} '${value}' is not one that ${whoseGrants(owner, role)} may use` };
}

function whoseGrants(owner: string | undefined, role: OwnerRole): string {
  if (owner === undefined) return 'the admin teams (the profile has no owner tag)';
  return role === 'owner'
    ? `team '${owner}', owner of the profile,`
    : `team '${owner}', the profile's new owner,`;
}

/**
 * One denial for every reference refused (none: allowed). A single one reads
 * as {@link deny} words it; several keep the first one's rule and field, and
 * the message names each with its field and rule.
 */
export function denyEvery(refused: readonly RefusedReference[]): AuthorizationDecision {
  const [first, ...others] = refused;
  if (first === undefined) return ALLOWED;
  if (others.length === 0) return deny(first.rule, first.path, first.problem);
  const each = refused.map(({ rule, path, problem }) => `${path}: ${problem} (${rule})`).join('; ');
  const message = `Forbidden (${first.rule}): ${refused.length} references are not allowed: ${each}.`;
  return { allowed: false, rule: first.rule, path: first.path, message };
}

/** The ownership rule alone: an admin team, or the team the owner tag names. */
export function authorizeOwnership(
  actor: Actor,
  loaded: LoadedProfile,
  policy: TeamPolicy,
  verb: 'change' | 'read',
): AuthorizationDecision {
  if (isAdmin(actor.teams, policy)) return ALLOWED;
  const name = loaded.profile.securityProfileName;
  const owner = ownerTeam(loaded);
  if (owner === undefined) {
    return deny(
      'ADMIN_ONLY_UNOWNED',
      undefined,
      `security profile '${name}' has no owner tag; only an admin team may ${verb} it`,
    );
  }
  if (!actor.teams.includes(owner)) {
    const problem = `security profile '${name}' is not owned by any of your teams; only its owner team or an admin team may ${verb} it`;
    return deny('OWNER_TEAM_REQUIRED', undefined, problem);
  }
  return ALLOWED;
}

/** The team a loaded profile's owner tag names; an empty value names none, so it makes no profile "owned". */
export function ownerTeam(loaded: LoadedProfile): string | undefined {
  return loaded.ownerTeam === '' ? undefined : loaded.ownerTeam;
}

function ownerGrants(owner: string | undefined, policy: TeamPolicy): TeamGrant[] {
  const teams = owner === undefined ? [...policy.adminTeams] : [owner];
  return teams.flatMap((team) => policy.teams.get(team) ?? []);
}

/** A denial whose message names the rule and the field (`Forbidden (RULE): field: problem.`). */
export function deny(
  rule: AuthorizationRule,
  path: string | undefined,
  problem: string,
): AuthorizationDenial {
  const where = path === undefined ? '' : `${path}: `;
  const message = `Forbidden (${rule}): ${where}${problem}.`;
  return path === undefined ? { allowed: false, rule, message } : { allowed: false, rule, path, message };
}
