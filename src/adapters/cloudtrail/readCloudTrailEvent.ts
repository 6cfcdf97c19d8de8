import type { IotApiCall } from '../../domain/drift/iotApiCall';

/** What EventBridge delivers for a CloudTrail record ("AWS API Call via CloudTrail"). */
export const CLOUDTRAIL_DETAIL_TYPE = 'AWS API Call via CloudTrail';

/**
 * The IoT call of an EventBridge event carrying a CloudTrail record, read
 * from the record's documented members; undefined for anything else (another
 * detail type or service, a record without an event name, id or time).
 * `requestParameters` of null (an action without any) reads as `{}`.
 */
export function readCloudTrailEvent(event: unknown): IotApiCall | undefined {
  if (!isObject(event) || event['detail-type'] !== CLOUDTRAIL_DETAIL_TYPE || !isObject(event.detail)) {
    return undefined;
  }
  const record = event.detail;
  const { eventName, eventID, eventTime, errorCode, sourceIPAddress, userAgent } = record;
  if (record.eventSource !== 'iot.amazonaws.com') return undefined;
  if (typeof eventName !== 'string' || typeof eventID !== 'string' || typeof eventTime !== 'string')
    return undefined;
  return {
    eventName,
    eventID,
    eventTime,
    ...(typeof errorCode === 'string' && { errorCode }),
    userIdentity: isObject(record.userIdentity) ? record.userIdentity : {},
    ...(typeof sourceIPAddress === 'string' && { sourceIPAddress }),
    ...(typeof userAgent === 'string' && { userAgent }),
    requestParameters: isObject(record.requestParameters) ? record.requestParameters : {},
  };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
