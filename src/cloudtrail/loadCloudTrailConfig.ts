import { ConfigError, nonEmpty, type Env } from '../envVariables';
import { loadReconcileConfig, type ReconcileConfig } from '../reconcile/loadReconcileConfig';

/** What the CloudTrail handler reads from the environment: the audit job's settings and the gateway's identities. */
export interface CloudTrailConfig extends ReconcileConfig {
  /**
   * `AUDIT_GATEWAY_PRINCIPALS`: the identities the gateway calls IoT with,
   * comma-separated (its role's ARN in AWS; locally its access key id). Their
   * records are the gateway's own calls, never changes made outside.
   */
  gatewayPrincipals: string[];
}

/** Builds the handler's configuration; throws ConfigError naming a missing or malformed variable. */
export function loadCloudTrailConfig(env: Env): CloudTrailConfig {
  const principals = (nonEmpty(env.AUDIT_GATEWAY_PRINCIPALS) ?? '')
    .split(',')
    .map((principal) => principal.trim())
    .filter((principal) => principal !== '');
  if (principals.length === 0) {
    // Without them every call of the gateway would read as a change made outside it.
    throw new ConfigError('Set AUDIT_GATEWAY_PRINCIPALS: the identities the gateway calls IoT with.');
  }
  return { ...loadReconcileConfig(env), gatewayPrincipals: principals };
}
