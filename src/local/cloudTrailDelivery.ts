import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { CLOUDTRAIL_DETAIL_TYPE } from '../adapters/cloudtrail/readCloudTrailEvent';
import { FOLLOWED_OPERATIONS } from '../domain/drift/iotApiCall';
import { parseJson } from '../iotJson/parseJson';
import { toJson } from '../iotJson/toJson';
import type { EmulatedCloudTrailRecord } from './iotEmulator/cloudTrail/cloudTrailRecord';

/** Where delivered events go: the CloudTrail handler. */
export type CloudTrailTarget = (event: unknown) => Promise<unknown>;

/** The local stand-in for EventBridge's rule on IoT's management events for security profiles. */
export interface CloudTrailDelivery {
  /** Takes a record from the emulator; it is delivered shortly after, if the rule matches it. */
  accept(record: EmulatedCloudTrailRecord): void;
  /** Sets where events go (the handler is built after the emulator starts). */
  deliverTo(target: CloudTrailTarget): void;
  /** Resolves once every record accepted so far was delivered. */
  drained(): Promise<void>;
  /** Deliveries the handler failed, with their error. */
  readonly failures: { eventID: string; error: unknown }[];
}

const FOLLOWED: ReadonlySet<string> = new Set(FOLLOWED_OPERATIONS);
const RETRIES = 6;
const RETRY_BASE_MS = 100;

/**
 * Delivers the emulator's CloudTrail records as EventBridge delivers
 * CloudTrail's: only those the rule of `serverless.yml` matches (IoT's
 * write calls on security profiles), wrapped in the "AWS API Call via
 * CloudTrail" envelope, as JSON (exact 64-bit numbers), one at a time in
 * order, `delayMs` after the call, so a change made with the AWS CLI appears
 * in the trail within a moment, as it would within seconds in AWS.
 */
export function createCloudTrailDelivery(options: {
  account: string;
  region: string;
  delayMs?: number;
}): CloudTrailDelivery {
  let target: CloudTrailTarget | undefined;
  let chain: Promise<void> = Promise.resolve();
  const failures: { eventID: string; error: unknown }[] = [];
  const deliver = async (record: EmulatedCloudTrailRecord, due: number): Promise<void> => {
    const wait = due - Date.now();
    if (wait > 0) await sleep(wait);
    if (!target) return;
    const event = {
      version: '0',
      id: randomUUID(),
      'detail-type': CLOUDTRAIL_DETAIL_TYPE,
      source: 'aws.iot',
      account: options.account,
      time: record.eventTime,
      region: options.region,
      resources: [],
      detail: parseJson(toJson(record)),
    };
    // EventBridge retries an invocation that failed (the handler throws to be retried while
    // calls of the gateway are in flight on the profile): here a few times, backing off.
    for (let attempt = 0; ; attempt++) {
      try {
        await target(event);
        return;
      } catch (error) {
        if (attempt >= RETRIES) {
          failures.push({ eventID: record.eventID, error });
          return;
        }
        await sleep(RETRY_BASE_MS * 2 ** attempt);
      }
    }
  };
  return {
    accept(record) {
      if (record.readOnly || !FOLLOWED.has(record.eventName)) return;
      const due = Date.now() + (options.delayMs ?? 100);
      chain = chain.then(() => deliver(record, due));
    },
    deliverTo(next) {
      target = next;
    },
    drained: () => chain,
    failures,
  };
}
