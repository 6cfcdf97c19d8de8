import { describe, expect, it } from 'vitest';
import { BUILT_IN_METRICS, METRIC_TYPES, classifyMetric } from '../../../src/domain/validation';

describe('the Device Defender metric catalogue', () => {
  it('holds the 7 cloud-side and 10 device-side metrics of the docs plus aws:disconnect-duration', () => {
    const names = Object.keys(BUILT_IN_METRICS);

    expect(names).toHaveLength(18);
    expect(names.every((name) => name.startsWith('aws:'))).toBe(true);
  });

  it('marks the 6 cloud-side and 7 device-side ML Detect metrics', () => {
    const ml = Object.entries(BUILT_IN_METRICS).filter(([, spec]) => spec.ml);

    expect(ml).toHaveLength(13);
  });

  it('gives list-based metrics no durations and no statistics, and numeric ones the documented windows', () => {
    const specs = Object.values(BUILT_IN_METRICS);

    for (const spec of specs) {
      if (METRIC_TYPES[spec.type].listBased) {
        expect(spec).toMatchObject({ durations: [], statistics: false, ml: false });
      } else {
        expect(spec.durations).toEqual([300, 600, 900, 1800, 3600]);
      }
    }
  });

  it('lists Duration values for every numeric metric but the two whose pages lack the line and the one whose page was not read', () => {
    const unlisted = Object.entries(BUILT_IN_METRICS)
      .filter(([, spec]) => !METRIC_TYPES[spec.type].listBased && !spec.durationListed)
      .map(([name]) => name);
    const listedLists = Object.values(BUILT_IN_METRICS).filter(
      (spec) => METRIC_TYPES[spec.type].listBased && spec.durationListed,
    );

    expect(unlisted).toEqual([
      'aws:message-byte-size',
      'aws:disconnect-duration',
      'aws:num-established-tcp-connections',
    ]);
    expect(listedLists).toEqual([]);
  });

  it.each([
    ['aws:num-messages-sent', 'built-in'],
    ['aws:not-a-metric', 'unknown-built-in'],
    ['batteryPercentage', 'custom'],
    ['team:metric', 'custom'],
  ])('classifies %s as %s', (metric, kind) => {
    const result = classifyMetric(metric);

    expect(result).toBe(kind);
  });
});
