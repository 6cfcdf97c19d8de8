import { makeAuditReconciler } from '../reconcile/makeAuditReconciler';
import { loadReconcileConfig } from '../reconcile/loadReconcileConfig';
import { runCommand } from './runCommand';

const HELP = {
  usage: 'Usage: npm run -s audit:reconcile',
  description: `Runs the audit job once against whatever the environment points at: judges the audit events left
PENDING from the evidence the audit holds, then scans every profile for changes made outside the gateway (and
records a baseline of each profile seen for the first time). Prints what it did (JSON) on stdout, one line per
change found on stderr. Against the local stack:
  AWS_ENDPOINT_URL_IOT=http://127.0.0.1:7311 AWS_ENDPOINT_URL_DYNAMODB=http://127.0.0.1:7312 \\
  AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local npm run -s audit:reconcile

Variables: AUDIT_TABLE_NAME, AUDIT_RECONCILE_GRACE_SECONDS (60 to 86400, default 300),
AUDIT_RECONCILE_BATCH_SIZE (1 to 1000, default 100), AUDIT_IN_FLIGHT_SECONDS (30 to 900, default 60),
AUDIT_SCAN (true or false, default true), AUDIT_RETENTION_DAYS, OWNER_TAG_KEY.
Exits 1 when an event could not be resolved or a profile not scanned, 2 on a malformed variable.`,
};

// One run against whatever the environment points at (the local stack sets AWS_ENDPOINT_URL_DYNAMODB
// and AWS_ENDPOINT_URL_IOT; in AWS, none).
await runCommand(HELP, async () => {
  const summary = await makeAuditReconciler(loadReconcileConfig(process.env), {
    telemetry: {
      driftFound: (event) =>
        process.stderr.write(
          `${event.operation} ${event.securityProfileName} ${event.observation?.note ?? ''}\n`,
        ),
      driftCheckFailed: (name, error) =>
        process.stderr.write(`drift check of ${name} failed: ${String(error)}\n`),
      driftDeferred: (name, pending) =>
        process.stderr.write(`deferred ${name}: calls in flight ${pending.join(', ')}\n`),
    },
  })({ apiRequestId: 'audit-reconcile-cli' });
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  process.exitCode = summary.failed.length > 0 || (summary.scan?.failed.length ?? 0) > 0 ? 1 : 0;
});
