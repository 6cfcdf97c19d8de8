/**
 * One IoT call of the gateway as CloudTrail recorded it, matched to the audit
 * event of the call that made it (its id travels in the call's User-Agent).
 * The reconciler reads these as the strongest evidence of what IoT did.
 */
export interface IotCallRecord {
  /** The audit event of the gateway call that made this IoT call. */
  auditEventId: string;
  /** CloudTrail's `eventID`. */
  cloudTrailEventId: string;
  /** The IoT operation (`UpdateSecurityProfile`, …). */
  eventName: string;
  /** When IoT completed the request (ISO-8601). */
  eventTime: string;
  /** IoT's error, when it refused or failed the call; absent when it applied it. */
  errorCode?: string;
  /** The `expectedVersion` the call sent (`requestParameters`), when it sent one. */
  expectedVersion?: bigint;
}
