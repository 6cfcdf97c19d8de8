import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fieldsOfIotMessage, type NamedMembers } from '../../src/adapters/iot/fieldsOfIotMessage';
import { startTestEmulator, type RawResponse, type TestEmulator } from './support/testEmulator';
import { gatewayVerdict, sameField } from './support/twoImplementations';

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator();
  const created = await t.raw('POST', '/security-profiles/Target', {
    behaviors: [rules()],
    tags: [{ Key: 'team', Value: 'team-a' }],
  });
  expect(created.status).toBe(200);
});
afterAll(async () => t.close());

type Json = Record<string, unknown>;

/** A valid rules behavior; `criteria` members given replace the defaults. */
function rules(criteria: Json = {}, extra: Json = {}): Json {
  return {
    name: 'R',
    metric: 'aws:num-messages-sent',
    criteria: { comparisonOperator: 'greater-than', value: { count: 5 }, durationSeconds: 300, ...criteria },
    ...extra,
  };
}

/** A valid ML Detect behavior. */
function ml(extra: Json = {}, criteria: Json = {}): Json {
  return {
    name: 'M',
    metric: 'aws:num-messages-sent',
    criteria: { mlDetectionConfig: { confidenceLevel: 'LOW' }, ...criteria },
    ...extra,
  };
}

/** A rules behavior on aws:source-ip-address comparing `value`; `criteria` members given replace the defaults. */
function sourceIp(value: Json | undefined, criteria: Json = {}): Json {
  return {
    name: 'S',
    metric: 'aws:source-ip-address',
    criteria: { comparisonOperator: 'in-cidr-set', value, ...criteria },
  };
}

/** A behavior on a custom metric. */
function custom(criteria: Json, extra: Json = {}): Json {
  return { name: 'C', metric: 'batteryPercentage', criteria, ...extra };
}

const one = (behavior: Json): Json => ({ behaviors: [behavior] });
const sns = (target: Json): Json => ({ alertTargets: { SNS: target } });
const ROLE = 'arn:aws:iam::123456789012:role/alerts';
const TOPIC = 'arn:aws:sns:us-east-1:123456789012:alerts';
const exportConfig = (config: Json): Json => ({ metricsExportConfig: config });

/**
 * [rule, body of an UpdateSecurityProfile of "Target", the field it concerns, what the gateway
 * does: refuses (the default) or only warns]. AWS refuses these: the model's constraints (the
 * framework's 400) and Device Defender's documented rules.
 */
// One row per rule, so the table reads as one.
// prettier-ignore
const REFUSED: Array<[string, unknown, string, ('warns' | undefined)?]> = [
  ['description longer than 1000', { securityProfileDescription: 'd'.repeat(1001) }, 'securityProfileDescription'],
  ['description outside [\\p{Graph}\\x20] (a line break)', { securityProfileDescription: 'line\nbreak' }, 'securityProfileDescription'],
  ['description outside [\\p{Graph}\\x20] as Java reads it (not ASCII)', { securityProfileDescription: 'café' }, 'securityProfileDescription', 'warns'],
  ['more than 100 behaviors', { behaviors: Array.from({ length: 101 }, (_, i) => rules({}, { name: `b${i}` })) }, 'behaviors'],
  ['behavior name missing', one({ metric: 'aws:num-messages-sent' }), 'behaviors[0].name'],
  ['behavior name empty', one(rules({}, { name: '' })), 'behaviors[0].name'],
  ['behavior name longer than 128', one(rules({}, { name: 'n'.repeat(129) })), 'behaviors[0].name'],
  ['behavior name outside [a-zA-Z0-9:_-]+', one(rules({}, { name: 'has space' })), 'behaviors[0].name'],
  ['comparisonOperator not in the enum', one(rules({ comparisonOperator: 'equals' })), 'behaviors[0].criteria.comparisonOperator'],
  ['count below 0', one(rules({ value: { count: -1 } })), 'behaviors[0].criteria.value.count'],
  ['count above 2^63-1', '{"behaviors":[{"name":"R","metric":"aws:num-messages-sent","criteria":{"comparisonOperator":"greater-than","value":{"count":9223372036854775808}}}]}', 'behaviors[0].criteria.value.count'],
  ['count fractional', one(rules({ value: { count: 1.5 } })), 'behaviors[0].criteria.value.count'],
  ['count a string', one(rules({ value: { count: '5' } })), 'behaviors[0].criteria.value.count'],
  ['cidr outside its pattern', one(sourceIp({ cidrs: ['10.0.0.0/8x'] })), 'behaviors[0].criteria.value.cidrs'],
  ['cidr longer than 43', one(sourceIp({ cidrs: ['1'.repeat(44)] })), 'behaviors[0].criteria.value.cidrs'],
  ['port above 65535', one({ name: 'P', metric: 'aws:listening-udp-ports', criteria: { comparisonOperator: 'in-port-set', value: { ports: [65536] } } }), 'behaviors[0].criteria.value.ports'],
  ['durationSeconds not an integer', one(rules({ durationSeconds: 300.5 })), 'behaviors[0].criteria.durationSeconds'],
  ['durationSeconds beyond 32 bits', one(rules({ durationSeconds: 2 ** 31 })), 'behaviors[0].criteria.durationSeconds'],
  ['consecutiveDatapointsToAlarm below 1', one(rules({ consecutiveDatapointsToAlarm: 0 })), 'behaviors[0].criteria.consecutiveDatapointsToAlarm'],
  ['consecutiveDatapointsToClear above 10', one(rules({ consecutiveDatapointsToClear: 11 })), 'behaviors[0].criteria.consecutiveDatapointsToClear'],
  ['statistic outside the percentiles', one(rules({ value: null, statisticalThreshold: { statistic: 'Average' } })), 'behaviors[0].criteria.statisticalThreshold.statistic'],
  ['confidenceLevel not in the enum', one(ml({}, { mlDetectionConfig: { confidenceLevel: 'VERY_HIGH' } })), 'behaviors[0].criteria.mlDetectionConfig.confidenceLevel'],
  ['confidenceLevel missing', one(ml({}, { mlDetectionConfig: {} })), 'behaviors[0].criteria.mlDetectionConfig.confidenceLevel'],
  ['dimensionName outside its pattern', one(rules({}, { metricDimension: { dimensionName: 'bad name' } })), 'behaviors[0].metricDimension.dimensionName'],
  ['dimension operator not in the enum', one(rules({}, { metricDimension: { dimensionName: 'Topics', operator: 'EQUALS' } })), 'behaviors[0].metricDimension.operator'],
  ['custom number not a JSON number', one(custom({ comparisonOperator: 'less-than', value: { number: 'NaN' } })), 'behaviors[0].criteria.value.number'],
  ['suppressAlerts not a boolean', one(rules({}, { suppressAlerts: 'yes' })), 'behaviors[0].suppressAlerts'],
  ['alert target type not SNS', { alertTargets: { EMAIL: { alertTargetArn: TOPIC, roleArn: ROLE } } }, 'alertTargets'],
  ['alert target roleArn shorter than 20', sns({ alertTargetArn: TOPIC, roleArn: 'arn:aws:iam::1:role' }), 'alertTargets.SNS.roleArn'],
  ['alert target roleArn missing', sns({ alertTargetArn: TOPIC }), 'alertTargets.SNS.roleArn'],
  ['metric to retain V2 without metric', { additionalMetricsToRetainV2: [{ exportMetric: false }] }, 'additionalMetricsToRetainV2[0].metric'],
  ['mqttTopic empty', exportConfig({ mqttTopic: '', roleArn: ROLE }), 'metricsExportConfig.mqttTopic'],
  ['mqttTopic longer than 512', exportConfig({ mqttTopic: 't'.repeat(513), roleArn: ROLE }), 'metricsExportConfig.mqttTopic'],
  ['metricsExportConfig roleArn longer than 2048', exportConfig({ mqttTopic: 'm', roleArn: `${ROLE}${'x'.repeat(2048)}` }), 'metricsExportConfig.roleArn'],
  ['a delete flag that is not a boolean', { deleteBehaviors: 'true' }, 'deleteBehaviors'],
  ['behaviors not a list', { behaviors: { name: 'R' } }, 'behaviors'],
  // Device Defender's documented rules.
  ['metric outside the name pattern', one(rules({}, { metric: 'battery level' })), 'behaviors[0].metric'],
  ['comparisonOperator the metric does not take', one(rules({ comparisonOperator: 'in-set' })), 'behaviors[0].criteria.comparisonOperator'],
  ['durationSeconds not a documented value', one(rules({ durationSeconds: 120 })), 'behaviors[0].criteria.durationSeconds'],
  ['durationSeconds on a list-based metric', one(sourceIp({ cidrs: ['10.0.0.0/8'] }, { durationSeconds: 300 })), 'behaviors[0].criteria.durationSeconds'],
  ['ML behavior on a metric ML Detect does not support', one(ml({ metric: 'aws:source-ip-address' })), 'behaviors[0].criteria.mlDetectionConfig'],
  ['dimension on a metric without dimensions', one(rules({}, { metric: 'aws:num-disconnects', metricDimension: { dimensionName: 'Topics' } })), 'behaviors[0].metricDimension'],
  ['dimension on a custom metric', one(custom({ comparisonOperator: 'less-than', value: { number: 5 } }, { metricDimension: { dimensionName: 'Topics' } })), 'behaviors[0].metricDimension'],
  ['custom metric with a port set', one(custom({ comparisonOperator: 'in-port-set', value: { ports: [1] } })), 'behaviors[0].criteria.comparisonOperator'],
  ['more than 1000 value elements', { behaviors: [0, 1].map((i) => ({ name: `S${i}`, metric: 'aws:listening-tcp-ports', criteria: { comparisonOperator: 'in-port-set', value: { ports: Array.from({ length: 501 }, (_, p) => p) } } })) }, 'behaviors'],
  ['metric to retain (deprecated) outside the name pattern', { additionalMetricsToRetain: ['battery level'] }, 'additionalMetricsToRetain[0]'],
  ['metric to retain V2 with an incompatible dimension', { additionalMetricsToRetainV2: [{ metric: 'aws:all-bytes-in', metricDimension: { dimensionName: 'Topics' } }] }, 'additionalMetricsToRetainV2[0].metricDimension'],
  ['deleteBehaviors with behaviors', { deleteBehaviors: true, behaviors: [rules()] }, 'deleteBehaviors'],
  ['deleteAlertTargets with alertTargets', { deleteAlertTargets: true, ...sns({ alertTargetArn: TOPIC, roleArn: ROLE }) }, 'deleteAlertTargets'],
  ['deleteAdditionalMetricsToRetain with additionalMetricsToRetain', { deleteAdditionalMetricsToRetain: true, additionalMetricsToRetain: ['aws:num-disconnects'] }, 'deleteAdditionalMetricsToRetain'],
];

/**
 * [reading, body, the field the gateway's warning names]: readings no AWS source confirms, so the
 * emulator, like AWS as far as anyone has shown, accepts them; the gateway warns and lets IoT decide.
 */
// prettier-ignore
const ACCEPTED: Array<[string, unknown, string | undefined]> = [
  ['behavior names not unique', { behaviors: [rules(), rules()] }, 'behaviors[1].name'],
  ['metric missing', one({ name: 'R', criteria: { comparisonOperator: 'greater-than', value: { count: 1 } } }), 'behaviors[0].metric'],
  ['unknown aws: metric', one(rules({}, { metric: 'aws:num-cats' })), 'behaviors[0].metric'],
  ['criteria missing', one({ name: 'R', metric: 'aws:num-messages-sent' }), 'behaviors[0].criteria'],
  ['comparisonOperator missing in a rules behavior', one(rules({ comparisonOperator: null })), 'behaviors[0].criteria.comparisonOperator'],
  ['neither value nor statisticalThreshold', one(rules({ value: null })), 'behaviors[0].criteria.value'],
  ['value member the metric does not compare', one(rules({ value: { count: 1, cidrs: ['10.0.0.0/8'] } })), 'behaviors[0].criteria.value.cidrs'],
  ['cidr that is no address', one(sourceIp({ cidrs: ['10.0.0.0/33'] })), 'behaviors[0].criteria.value.cidrs[0]'],
  ['empty cidr set', one(sourceIp({ cidrs: [] })), 'behaviors[0].criteria.value.cidrs'],
  ['durationSeconds missing on a metric whose page lists Duration values', one(rules({ durationSeconds: null })), 'behaviors[0].criteria.durationSeconds'],
  ['durationSeconds missing on a device-side metric', one(rules({ durationSeconds: null }, { metric: 'aws:num-listening-tcp-ports' })), 'behaviors[0].criteria.durationSeconds'],
  ['aws:disconnect-duration without durationSeconds (nothing to warn of: its page lists no durations)', one(rules({ durationSeconds: null }, { metric: 'aws:disconnect-duration' })), undefined],
  ['statistic missing', one(rules({ value: null, statisticalThreshold: {} })), 'behaviors[0].criteria.statisticalThreshold.statistic'],
  ['statistic without durationSeconds', one(rules({ value: null, durationSeconds: null, statisticalThreshold: { statistic: 'p50' } })), 'behaviors[0].criteria.durationSeconds'],
  ['statistic on a list-based metric', one(sourceIp(undefined, { statisticalThreshold: { statistic: 'p50' } })), 'behaviors[0].criteria.statisticalThreshold'],
  ['value and statisticalThreshold together', one(rules({ statisticalThreshold: { statistic: 'p50' } })), 'behaviors[0].criteria.statisticalThreshold'],
  ['ML behavior with an operator', one(ml({}, { comparisonOperator: 'greater-than' })), 'behaviors[0].criteria.comparisonOperator'],
  ['ML behavior with durationSeconds', one(ml({}, { durationSeconds: 300 })), 'behaviors[0].criteria.durationSeconds'],
  ['ML and rules behaviors mixed', { behaviors: [rules(), ml()] }, 'behaviors[1].criteria'],
  ['custom numeric metric compared with count', one(custom({ comparisonOperator: 'less-than', value: { count: 5 } })), 'behaviors[0].criteria.value.count'],
  ['custom number metric with an undocumented duration', one(custom({ comparisonOperator: 'less-than', value: { number: 5 }, durationSeconds: 60 })), 'behaviors[0].criteria.durationSeconds'],
  ['exportMetric without metricsExportConfig', one(rules({}, { exportMetric: true })), 'behaviors[0].exportMetric'],
  ['alertTargetArn of a FIFO topic', sns({ alertTargetArn: `${TOPIC}.fifo`, roleArn: ROLE }), 'alertTargets.SNS.alertTargetArn'],
  ['alert target roleArn not a role', sns({ alertTargetArn: TOPIC, roleArn: 'arn:aws:iam::123456789012:user/alerts' }), 'alertTargets.SNS.roleArn'],
  ['metric to retain (deprecated) not a known aws: metric', { additionalMetricsToRetain: ['aws:nope'] }, 'additionalMetricsToRetain[0]'],
  ['both spellings of metrics to retain', { additionalMetricsToRetain: ['aws:num-disconnects'], additionalMetricsToRetainV2: [{ metric: 'aws:num-disconnects' }] }, 'additionalMetricsToRetain'],
  ['mqttTopic with a wildcard', exportConfig({ mqttTopic: 'metrics/#', roleArn: ROLE }), 'metricsExportConfig.mqttTopic'],
  ['deleteAdditionalMetricsToRetain with additionalMetricsToRetainV2', { deleteAdditionalMetricsToRetain: true, additionalMetricsToRetainV2: [{ metric: 'aws:num-disconnects' }] }, 'deleteAdditionalMetricsToRetain'],
  ['deleteMetricsExportConfig with metricsExportConfig', { deleteMetricsExportConfig: true, ...exportConfig({ mqttTopic: 'm', roleArn: ROLE }) }, 'deleteMetricsExportConfig'],
];

async function snapshot(name: string): Promise<string> {
  const [profile, tags] = await Promise.all([
    t.raw('GET', `/security-profiles/${name}`),
    t.raw(
      'GET',
      `/tags?resourceArn=${encodeURIComponent(`arn:aws:iot:us-east-1:123456789012:securityprofile/${name}`)}`,
    ),
  ]);
  return `${profile.status} ${profile.text} ${tags.text}`;
}

/** The fields IoT's message names, read the way the gateway reads them. */
function fieldsNamed(response: RawResponse, body: unknown): string[] {
  const request = typeof body === 'string' ? (JSON.parse(body) as NamedMembers) : (body as NamedMembers);
  return fieldsOfIotMessage(String(response.json?.message), request);
}

function expectInvalid(response: RawResponse, body: unknown, field: string): void {
  expect(response.status).toBe(400);
  expect(response.headers.get('x-amzn-errortype')).toBe('InvalidRequestException');
  expect(fieldsNamed(response, body)).toContain(field);
}

const asText = (body: unknown): string => (typeof body === 'string' ? body : JSON.stringify(body));

describe('UpdateSecurityProfile requests AWS refuses, in both implementations', () => {
  it.each(REFUSED)('refuses %s with 400 naming the field, changing nothing', async (_rule, body, field) => {
    const before = await snapshot('Target');

    const response = await t.raw('PATCH', '/security-profiles/Target?expectedVersion=1', body);

    expectInvalid(response, body, field);
    expect(await snapshot('Target')).toBe(before);
  });

  it.each(REFUSED)('the gateway refuses %s too, naming the same field', (_rule, body, field, gateway) => {
    const verdict = gatewayVerdict(asText(body), 'Target');

    if (gateway === 'warns') {
      expect(verdict.refused).toBe(false);
      expect(verdict.warnings.map((warning) => warning.field)).toContain(field);
    } else {
      expect(verdict.refused).toBe(true);
      expect(sameField(verdict.fields, [field]), verdict.fields.join(', ')).toBe(true);
    }
  });

  it('answers a body that is not JSON, or not an object, with 400', async () => {
    const notJson = await t.raw('PATCH', '/security-profiles/Target', '{"behaviors": [');
    const notObject = await t.raw('PATCH', '/security-profiles/Target', '[]');

    expect([notJson.status, notObject.status]).toEqual([400, 400]);
    expect(notJson.json?.message).toMatch(/^request body: is not valid JSON/);
    expect(notObject.json?.message).toBe('The request body must be a JSON object');
  });
});

describe('UpdateSecurityProfile requests no AWS source says are refused', () => {
  it.each(ACCEPTED)('accepts %s', async (_rule, body) => {
    const name = `Accepts${ACCEPTED.findIndex(([, b]) => b === body)}`;
    await t.raw('POST', `/security-profiles/${name}`, {});

    const response = await t.raw('PATCH', `/security-profiles/${name}`, body);

    expect(response.status).toBe(200);
  });

  it.each(ACCEPTED)('the gateway accepts %s too, warning at the field', (_rule, body, field) => {
    const verdict = gatewayVerdict(asText(body), 'Target');

    expect(verdict.refused, verdict.fields.join(', ')).toBe(false);
    const warned = verdict.warnings.map((warning) => warning.field);
    if (field === undefined) expect(warned).toEqual([]);
    else expect(warned).toContain(field);
  });

  it("ignores a member the model does not define, which the gateway's REST body refuses as its own input", async () => {
    const body = { securityProfileDescriptio: 'typo' };

    const response = await t.raw('PATCH', '/security-profiles/Target', body);

    expect(response.status).toBe(200);
    expect(gatewayVerdict(asText(body), 'Target')).toMatchObject({
      refused: true,
      fields: ['securityProfileDescriptio'],
    });
  });
});

/**
 * [rule broken, method, path, body, what the message names]: other operations and URI/query members.
 * A string is a field of the framework's message; a pattern matches Device Defender's own message.
 */
// One row per rule, so the table reads as one.
// prettier-ignore
const OTHER_CASES: Array<[string, string, string, unknown, string | RegExp]> = [
  ['profile name longer than 128 (create)', 'POST', `/security-profiles/${'n'.repeat(129)}`, {}, 'securityProfileName'],
  ['profile name outside its pattern (create)', 'POST', '/security-profiles/bad%20name', {}, 'securityProfileName'],
  ['empty profile name (update)', 'PATCH', '/security-profiles/', {}, 'securityProfileName'],
  ['tag key with the reserved aws: prefix (create)', 'POST', '/security-profiles/NewOne', { tags: [{ Key: 'aws:team', Value: 'a' }] }, /^Tag key aws:team is reserved/],
  ['tag key longer than 128 (create)', 'POST', '/security-profiles/NewOne', { tags: [{ Key: 'k'.repeat(129) }] }, 'tags[0].Key'],
  ['tag value longer than 256 (create)', 'POST', '/security-profiles/NewOne', { tags: [{ Key: 'k', Value: 'v'.repeat(257) }] }, 'tags[0].Value'],
  ['more than 50 tags (create)', 'POST', '/security-profiles/NewOne', { tags: Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}` })) }, /^tags: 51 tags given/],
  ['a rule of Device Defender (create)', 'POST', '/security-profiles/NewOne', one(rules({ durationSeconds: 120 })), /^Behavior R is malformed\. durationSeconds 120/],
  ['expectedVersion not an integer', 'PATCH', '/security-profiles/Target?expectedVersion=one', {}, 'expectedVersion'],
  ['expectedVersion beyond 64 bits', 'PATCH', '/security-profiles/Target?expectedVersion=9223372036854775808', {}, 'expectedVersion'],
  ['maxResults 0', 'GET', '/security-profiles?maxResults=0', undefined, 'maxResults'],
  ['maxResults above 250', 'GET', '/security-profiles/Target/targets?maxResults=251', undefined, 'maxResults'],
  ['metricName outside its pattern', 'GET', '/security-profiles?metricName=a%20b', undefined, 'metricName'],
  ['metricName and dimensionName together', 'GET', '/security-profiles?metricName=a&dimensionName=b', undefined, /^dimensionName and metricName cannot be used in the same request$/],
  ['a nextToken never issued', 'GET', '/security-profiles?nextToken=garbage', undefined, /^nextToken is not a token/],
  ['resourceArn missing', 'GET', '/tags', undefined, 'resourceArn'],
  ['resourceArn not an IoT ARN', 'POST', '/tags', { resourceArn: 'Target', tags: [{ Key: 'k' }] }, /^resourceArn Target is not an AWS IoT resource ARN/],
  ['tag key with the reserved aws: prefix (tag)', 'POST', '/tags', { resourceArn: 'arn:aws:iot:us-east-1:123456789012:securityprofile/Target', tags: [{ Key: 'aws:x' }] }, /^Tag key aws:x is reserved/],
  ['tags missing (tag)', 'POST', '/tags', { resourceArn: 'arn:aws:iot:us-east-1:123456789012:securityprofile/Target' }, 'tags'],
  ['tagKeys not strings (untag)', 'POST', '/untag', { resourceArn: 'arn:aws:iot:us-east-1:123456789012:securityprofile/Target', tagKeys: [1] }, 'tagKeys[0]'],
  ['target ARN missing (attach)', 'PUT', '/security-profiles/Target/targets', undefined, 'securityProfileTargetArn'],
  ['target ARN not a target (attach)', 'PUT', `/security-profiles/Target/targets?securityProfileTargetArn=${encodeURIComponent('arn:aws:iot:us-east-1:123456789012:thing/t')}`, undefined, /^securityProfileTargetArn arn:aws:iot:us-east-1:123456789012:thing\/t is not/],
  ['target ARN missing (list for target)', 'GET', '/security-profiles-for-target', undefined, 'securityProfileTargetArn'],
  ['recursive not a boolean', 'GET', `/security-profiles-for-target?recursive=yes&securityProfileTargetArn=${encodeURIComponent('arn:aws:iot:us-east-1:123456789012:thinggroup/g')}`, undefined, 'recursive'],
  ['behaviors missing (validate)', 'POST', '/security-profile-behaviors/validate', {}, 'behaviors'],
];

describe('invalid requests to the other operations', () => {
  it.each(OTHER_CASES)(
    'refuses %s with 400 naming the field, changing nothing',
    async (_rule, method, path, body, named) => {
      const before = [await snapshot('Target'), await snapshot('NewOne')];

      const response = await t.raw(method, path, body);

      if (typeof named === 'string') {
        expectInvalid(response, body ?? {}, named);
      } else {
        expect(response.status).toBe(400);
        expect(response.json?.message).toMatch(named);
      }
      expect([await snapshot('Target'), await snapshot('NewOne')]).toEqual(before);
    },
  );
});
