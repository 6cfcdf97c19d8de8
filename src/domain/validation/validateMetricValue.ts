import { isIP } from 'node:net';
import type { MetricValue } from '../securityProfile';
import { at, checkFinite, checkInteger, checkLong, checkString, quote, report, type Issues } from './checks';
import { INTEGER_SHAPES, LONG_SHAPES, STRING_SHAPES } from './constraints';
import { METRIC_TYPES, type MetricSpec } from './metricCatalogue';

const VALUE_MEMBERS = ['count', 'cidrs', 'ports', 'number', 'numbers', 'strings'] as const;

/**
 * Checks `criteria.value`: every member given within the model's constraints;
 * then, when the metric is known, the reading that the value holds exactly the
 * member the metric compares (`count` for aws:num-messages-sent, `cidrs` for
 * aws:source-ip-address…).
 */
export function validateMetricValue(
  issues: Issues,
  path: string,
  value: MetricValue,
  spec: MetricSpec | undefined,
  metric: string,
): void {
  for (const member of VALUE_MEMBERS) {
    if (value[member] !== undefined) checkMember(issues, path, value, member);
  }
  if (!spec) return;
  const expected = METRIC_TYPES[spec.type].valueMember;
  for (const member of VALUE_MEMBERS) {
    if (member !== expected && value[member] !== undefined) {
      report(
        issues,
        at(path, member),
        `not used by ${metric}, which compares value.${expected}`,
        'valueMemberPerMetric',
      );
    }
  }
  if (value[expected] === undefined) {
    report(
      issues,
      at(path, expected),
      `required: ${metric} compares value.${expected}`,
      'valueMemberPerMetric',
    );
  }
}

function checkMember(issues: Issues, path: string, value: MetricValue, member: keyof MetricValue): void {
  const where = at(path, member);
  const checkCidr = (elementPath: string, cidr: string): void => {
    const before = issues.length;
    checkString(issues, elementPath, cidr, STRING_SHAPES.Cidr);
    if (issues.length === before && !isCidr(cidr)) {
      report(
        issues,
        elementPath,
        `must be an IPv4 or IPv6 address or CIDR block (got ${quote(cidr)})`,
        'nonEmptyValueSets',
      );
    }
  };
  switch (member) {
    case 'count':
      if (value.count !== undefined) checkLong(issues, where, value.count, LONG_SHAPES.UnsignedLong);
      return;
    case 'number':
      if (value.number !== undefined) checkFinite(issues, where, value.number);
      return;
    case 'cidrs':
      checkList(issues, where, value.cidrs ?? [], checkCidr);
      return;
    case 'ports':
      checkList(issues, where, value.ports ?? [], (p, v) => checkInteger(issues, p, v, INTEGER_SHAPES.Port));
      return;
    case 'numbers':
      checkList(issues, where, value.numbers ?? [], (p, v) => checkFinite(issues, p, v));
      return;
    case 'strings':
      checkList(issues, where, value.strings ?? [], () => undefined);
      return;
  }
}

function checkList<T>(issues: Issues, path: string, list: T[], check: (path: string, item: T) => void): void {
  if (list.length === 0) report(issues, path, 'must hold at least one element', 'nonEmptyValueSets');
  list.forEach((item, index) => check(at(path, index), item));
}

/** An address (`10.0.0.1`) or block (`10.0.0.0/8`, `2001:db8::/32`). */
function isCidr(text: string): boolean {
  const [address = '', prefix, extra] = text.split('/');
  const family = isIP(address);
  if (family === 0 || extra !== undefined) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  return Number(prefix) <= (family === 4 ? 32 : 128);
}

/**
 * Number of "behavior metric value elements" a value holds, as the Device
 * Defender quota counts them: a single count or number is one; a set counts
 * each element. Whether the custom metrics' sets (`numbers`, `strings`) count
 * is a reading: `withCustomSets` counts them too.
 */
export function countValueElements(value: MetricValue | undefined, withCustomSets = false): number {
  if (!value) return 0;
  let total = 0;
  if (value.count !== undefined) total += 1;
  if (value.number !== undefined) total += 1;
  total += value.cidrs?.length ?? 0;
  total += value.ports?.length ?? 0;
  if (withCustomSets) {
    total += value.numbers?.length ?? 0;
    total += value.strings?.length ?? 0;
  }
  return total;
}
