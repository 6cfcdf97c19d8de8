import type { Template } from './packageOffline';

/** One IAM policy statement, with Action and Resource as the template holds them. */
export interface Statement {
  Sid?: string;
  Effect: string;
  Action?: string | string[];
  NotAction?: unknown;
  Resource?: unknown;
  NotResource?: unknown;
  Condition?: Record<string, Record<string, unknown>>;
}

/** Properties of every resource of `type`, keyed by logical id. */
export function resourcesOfType(template: Template, type: string): Map<string, Record<string, unknown>> {
  const found = new Map<string, Record<string, unknown>>();
  for (const [id, resource] of Object.entries(template.Resources)) {
    if (resource.Type === type) found.set(id, resource.Properties ?? {});
  }
  return found;
}

/** The one resource of `type`; throws when there are none or several. */
export function onlyResourceOfType(template: Template, type: string): Record<string, unknown> {
  const found = [...resourcesOfType(template, type).values()];
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return found[0] as Record<string, unknown>;
}

/** Every statement of every inline policy of the roles (and standalone policies) in the template. */
export function iamStatements(template: Template, roleId?: string): Statement[] {
  const documents: unknown[] = [];
  for (const [id, role] of resourcesOfType(template, 'AWS::IAM::Role')) {
    if (roleId !== undefined && id !== roleId) continue;
    const policies = (role.Policies ?? []) as { PolicyDocument: unknown }[];
    documents.push(...policies.map((policy) => policy.PolicyDocument));
  }
  if (roleId === undefined) {
    for (const type of ['AWS::IAM::Policy', 'AWS::IAM::ManagedPolicy']) {
      documents.push(...[...resourcesOfType(template, type).values()].map((policy) => policy.PolicyDocument));
    }
  }
  return documents.flatMap((document) => (document as { Statement: Statement[] }).Statement);
}

/** A statement's actions as a list. */
export function actionsOf(statement: Statement): string[] {
  return typeof statement.Action === 'string' ? [statement.Action] : (statement.Action ?? []);
}

/** A statement's resources as a list of template values (strings or intrinsic functions). */
export function resourcesOf(statement: Statement): unknown[] {
  return Array.isArray(statement.Resource) ? (statement.Resource as unknown[]) : [statement.Resource];
}

/** Statements granting at least one action of `service` (`iot`, `dynamodb`, …). */
export function statementsFor(statements: Statement[], service: string): Statement[] {
  return statements.filter((statement) =>
    actionsOf(statement).some((action) => action.startsWith(`${service}:`)),
  );
}

/** A template value as text: the string itself, or the template string of an `Fn::Sub`. */
export function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  const sub = (value as Record<string, unknown> | null)?.['Fn::Sub'];
  return typeof sub === 'string' ? sub : undefined;
}
