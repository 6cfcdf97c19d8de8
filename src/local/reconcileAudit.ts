import { makeAuditReconciler } from '../reconcile/makeAuditReconciler';
import { loadReconcileConfig } from '../reconcile/loadReconcileConfig';
import { runCommand } from './runCommand';

const HELP = {
  usage: 'Usage: npm run -s audit:reconcile',
  description: `Runs the audit reconcile job once against whatever the environment points at, and prints what it
examined and resolved (JSON). Against the local stack:
  AWS_ENDPOINT_URL_IOT=http://127.0.0.1:7311 AWS_ENDPOINT_URL_DYNAMODB=http://127.0.0.1:7312 \\
  AWS_REGION=us-east-1 AWS_ACCESS_KEY_ID=local AWS_SECRET_ACCESS_KEY=local npm run -s audit:reconcile

Variables: AUDIT_TABLE_NAME, AUDIT_RECONCILE_GRACE_SECONDS (60 to 86400, default 300),
AUDIT_RECONCILE_BATCH_SIZE (1 to 1000, default 100), AUDIT_RETENTION_DAYS, OWNER_TAG_KEY.
Exits 1 when an event could not be resolved, 2 on a malformed variable.`,
};

// One run against whatever the environment points at (the local stack sets AWS_ENDPOINT_URL_DYNAMODB
// and AWS_ENDPOINT_URL_IOT; in AWS, none).
await runCommand(HELP, async () => {
  const summary = await makeAuditReconciler(loadReconcileConfig(process.env))();
  process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  process.exitCode = summary.failed.length > 0 ? 1 : 0;
});
