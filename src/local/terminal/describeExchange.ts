import { styleText } from 'node:util';
import { Kind, parse, type FieldNode, type OperationDefinitionNode, type ValueNode } from 'graphql';
import type { HttpExchange } from '../httpAdapter';

/**
 * One short line per API request, for the terminal of `npm start`:
 * time, method, operation, caller, outcome and milliseconds, e.g.
 * `10:42:07  POST  mutation ChangePossibleIssue  alice [team-a]  ok  38 ms`.
 */
export function describeExchange(exchange: HttpExchange, now = new Date()): string {
  const outcome = outcomeOf(exchange);
  return [
    styleText('dim', now.toTimeString().slice(0, 8)),
    exchange.method.padEnd(5),
    operationOf(exchange).padEnd(44),
    callerOf(exchange.claims).padEnd(24),
    outcome.ok ? styleText('green', outcome.text) : styleText('red', outcome.text),
    styleText('dim', `${Math.round(exchange.elapsedMs)} ms`),
  ].join('  ');
}

/** `mutation ChangePossibleIssue`, `query securityProfile` (an anonymous operation's first field) or the REST path. */
function operationOf({ path, requestBody }: HttpExchange): string {
  if (path !== '/graphql') return path;
  const request = parseJsonObject(requestBody.toString('utf8'));
  if (typeof request?.query !== 'string') return 'graphql (no query)';
  let operations: OperationDefinitionNode[];
  try {
    operations = parse(request.query).definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
  } catch {
    return 'graphql (syntax error)';
  }
  const wanted = typeof request.operationName === 'string' ? request.operationName : undefined;
  const operation = operations.find((candidate) => !wanted || candidate.name?.value === wanted);
  if (!operation) return 'graphql (no operation)';
  const firstField = operation.selectionSet.selections.find((selection) => selection.kind === Kind.FIELD);
  const name = operation.name?.value ?? firstField?.name.value ?? '';
  const profile = firstField && profileNameOf(firstField, request.variables);
  return [operation.operation, name, profile].filter(Boolean).join(' ');
}

/** The `securityProfileName` a root field names, as an argument or a member of its `input`. */
function profileNameOf(field: FieldNode, variables: unknown): string | undefined {
  const values = (variables ?? {}) as Record<string, unknown>;
  const valueOf = (node: ValueNode): unknown => {
    if (node.kind === Kind.VARIABLE) return values[node.name.value];
    if (node.kind === Kind.STRING) return node.value;
    if (node.kind !== Kind.OBJECT) return undefined;
    return Object.fromEntries(node.fields.map((member) => [member.name.value, valueOf(member.value)]));
  };
  for (const argument of field.arguments ?? []) {
    const value = valueOf(argument.value);
    if (argument.name.value === 'securityProfileName' && typeof value === 'string') return value;
    const nested = (value as { securityProfileName?: unknown } | undefined)?.securityProfileName;
    if (argument.name.value === 'input' && typeof nested === 'string') return nested;
  }
  return undefined;
}

/** `alice [team-a team-b]` as the claims arrive on the event, or `-` without a token. */
function callerOf(claims: Record<string, string> | undefined): string {
  if (!claims) return '-';
  const teams = claims['cognito:groups'];
  return teams ? `${claims.sub ?? '?'} ${teams}` : (claims.sub ?? '?');
}

/** `ok`, the GraphQL error code(s), or the status with the REST error code or API Gateway's message. */
function outcomeOf({ path, reply }: HttpExchange): { ok: boolean; text: string } {
  const body = parseJsonObject(reply.body.toString('utf8'));
  if (reply.statusCode >= 400) {
    const detail = typeof body?.code === 'string' ? body.code : body?.message;
    return { ok: false, text: `${reply.statusCode} ${typeof detail === 'string' ? detail : ''}`.trim() };
  }
  if (path !== '/graphql' || !Array.isArray(body?.errors)) return { ok: true, text: okText(body) };
  const codes = (body.errors as { extensions?: { code?: unknown } }[]).map((error) =>
    typeof error.extensions?.code === 'string' ? error.extensions.code : 'ERROR',
  );
  return { ok: false, text: [...new Set(codes)].join(',') };
}

/** `ok`, or `ok v7` when a mutation's payload shows the profile's new version. */
function okText(body: Record<string, unknown> | undefined): string {
  const payloads = Object.values((body?.data ?? {}) as Record<string, unknown>);
  const version = (payloads[0] as { securityProfile?: { version?: unknown } } | undefined)?.securityProfile
    ?.version;
  return typeof version === 'number' || typeof version === 'string' ? `ok v${version}` : 'ok';
}

function parseJsonObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
