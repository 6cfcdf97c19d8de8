import { IoTClient, UpdateSecurityProfileCommand } from '@aws-sdk/client-iot';

/**
 * The cold-start baseline: the least a Lambda that changes a security profile must do — import
 * the IoT client and make one UpdateSecurityProfile call. No authorization, audit or GraphQL.
 * Built with the gateway's own esbuild settings, so the difference is what the gateway adds.
 */
const client = new IoTClient({});

/** Changes the description of the profile named in the event (default `PossibleIssue`). */
export async function handler(event: { securityProfileName?: string; description?: string }) {
  const output = await client.send(
    new UpdateSecurityProfileCommand({
      securityProfileName: event.securityProfileName ?? 'PossibleIssue',
      securityProfileDescription: event.description ?? 'baseline',
    }),
  );
  return { statusCode: 200, body: JSON.stringify({ version: output.version }) };
}
