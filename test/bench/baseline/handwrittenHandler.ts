import { changeDirectly, createDirectClients } from './directChange';

/**
 * The second cold-start baseline: what a team would write instead of the gateway — a Lambda
 * that makes the gateway's eleven AWS calls for one change (describe ∥ tags ∥ audit intent ∥
 * ledger read ∥ team's share ∥ writer turn, update, audit outcome ∥ version claim ∥ catalogue
 * entry ∥ turn release) with the same SDK clients, and no GraphQL, authorization or validation. Built
 * with the gateway's own esbuild settings, so the difference is what the gateway adds.
 */
const clients = createDirectClients();

/** Changes the description of the profile the event's JSON body names (a GraphQL body's `variables.input` will do). */
export async function handler(event: { body?: string }) {
  const body = JSON.parse(event.body ?? '{}') as {
    variables?: { input?: { securityProfileName?: string; securityProfileDescription?: string } };
  };
  const input = body.variables?.input ?? {};
  const version = await changeDirectly(
    clients,
    input.securityProfileName ?? 'PossibleIssue',
    input.securityProfileDescription ?? 'hand-written',
  );
  return { statusCode: 200, body: JSON.stringify({ version: Number(version) }) };
}
