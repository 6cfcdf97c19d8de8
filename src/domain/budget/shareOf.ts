import type { Actor } from '../actor';
import { isAdmin } from '../authorization/isAdmin';
import type { TeamPolicy } from '../authorization/teamPolicy';

/** Whose share of IoT a call draws on, and how many calls a second that share holds. */
export interface Share {
  /** The budget's key: `admins`, or `team#<name>`. */
  bucket: string;
  /** The team (or `admins`), for messages. */
  holder: string;
  perSecond: number;
}

/**
 * The IoT calls an operation is charged before it starts: what its first
 * attempt makes (describe and tags to load, plus the write of a change; a
 * change planner that makes more says so: `ChangePlanner.iotCalls`). A retry
 * after a version conflict is not charged again: it is bounded by
 * `MAX_WRITE_ATTEMPTS` and paid by the writers of one profile.
 */
export const IOT_CALLS = {
  read: 2,
  /** Describe, tags and the first page of ListTargetsForSecurityProfile. */
  targets: 3,
  /** ValidateSecurityProfileBehaviors. */
  validate: 1,
  /** A change's load and its write. */
  change: { load: 2, write: 1 },
} as const;

/** The IoT calls of a change's first attempt, as a planner counts them. */
export interface ChangeCalls {
  load: number;
  write: number;
}

/**
 * The share a caller draws on: the admin teams' own budget for an admin (so
 * an admin's work neither eats a team's share nor waits for it), else the
 * caller's team, the first in alphabetical order when it is in several (a
 * caller cannot choose another share by the order of its groups). A caller in
 * no team shares the default budget with every such caller (`team#`).
 */
export function shareOf(actor: Actor, policy: TeamPolicy): Share {
  const { budgets } = policy;
  if (isAdmin(actor.teams, policy))
    return { bucket: 'admins', holder: 'the admin teams', perSecond: budgets.admins };
  const team = [...actor.teams].sort()[0];
  if (team === undefined)
    return { bucket: 'team#', holder: 'callers in no team', perSecond: budgets.teamDefault };
  return {
    bucket: `team#${team}`,
    holder: `team '${team}'`,
    perSecond: budgets.perTeam.get(team) ?? budgets.teamDefault,
  };
}
