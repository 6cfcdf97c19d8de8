import { makeAuditReconciler } from '../reconcile/makeAuditReconciler';
import { loadReconcileConfig } from '../reconcile/loadReconcileConfig';

// `npm run audit:reconcile`: one run against whatever the environment points at
// (the local stack sets AWS_ENDPOINT_URL_DYNAMODB and AWS_ENDPOINT_URL_IOT; in AWS, none).
const summary = await makeAuditReconciler(loadReconcileConfig(process.env))();
process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
process.exitCode = summary.failed.length > 0 ? 1 : 0;
