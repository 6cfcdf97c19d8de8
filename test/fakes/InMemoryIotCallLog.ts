import type { IotCallRecord } from '../../src/domain/drift/iotCallRecord';
import type { IotCallLog } from '../../src/service/ports';
import { settled } from './settled';

/** CloudTrail's records of the gateway's calls in memory; held to DynamoDB by test/contract/iotCallLog.test.ts. */
export class InMemoryIotCallLog implements IotCallLog {
  private readonly calls = new Map<string, IotCallRecord>();

  record(call: IotCallRecord): Promise<void> {
    return settled(() => {
      this.calls.set(`${call.auditEventId}|${call.cloudTrailEventId}`, structuredClone(call));
    });
  }

  callsOf(auditEventId: string): Promise<IotCallRecord[]> {
    return settled(() =>
      [...this.calls.values()]
        .filter((call) => call.auditEventId === auditEventId)
        .map((c) => structuredClone(c)),
    );
  }
}
