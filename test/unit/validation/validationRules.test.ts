import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeBehaviors } from '../../../src/domain/validation';
import { VALIDATION_RULES } from '../../../src/domain/validation/validationRules';
import { aBehavior, anMlBehavior } from './fixtures';
import { RULES_DOC, documentedRuleTable, renderRuleTable } from '../../../scripts/validationRulesTable';

const SRC = join(import.meta.dirname, '../../../src');

describe('the rule catalogue', () => {
  it('is the table docs/validation-rules.md shows (run scripts/validationRulesTable.ts after a change)', () => {
    const documented = documentedRuleTable(readFileSync(RULES_DOC, 'utf8'));

    expect(documented).toBe(renderRuleTable());
  });

  it('gives every rule that refuses a source, and every rule without one the unconfirmed tier', () => {
    const rules = Object.entries(VALIDATION_RULES);
    const unsourced = rules.filter(([, rule]) => rule.source.startsWith('none found'));

    expect(unsourced.every(([, rule]) => rule.tier === 'unconfirmed')).toBe(true);
    expect(rules.filter(([, rule]) => rule.source.trim() === '')).toEqual([]);
  });
});

describe('every rule of the catalogue', () => {
  it.each(Object.keys(VALIDATION_RULES))('%s is reported by some check of the gateway', (rule) => {
    const sources = readdirSync(SRC, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts') && !file.endsWith('validationRules.ts'))
      .map((file) => readFileSync(join(SRC, file), 'utf8'));

    expect(sources.some((source) => source.includes(`'${rule}'`))).toBe(true);
  });
});

describe('judgeBehaviors', () => {
  it('answers what would be refused and what only warned of, each with its field', () => {
    const rules = aBehavior({}, { durationSeconds: 120 });
    const ml = anMlBehavior({ name: 'Ml' });

    const judgement = judgeBehaviors([rules, ml]);

    expect(judgement.valid).toBe(false);
    expect(judgement.errors.map((e) => e.field)).toEqual(['behaviors[0].criteria.durationSeconds']);
    expect(judgement.warnings.map((w) => w.field)).toEqual(['behaviors[1].criteria']);
  });

  it('is valid with warnings when only readings find something', () => {
    const judgement = judgeBehaviors([aBehavior({}, { durationSeconds: undefined })]);

    expect(judgement).toMatchObject({
      valid: true,
      errors: [],
      warnings: [{ field: 'behaviors[0].criteria.durationSeconds' }],
    });
  });

  it('warns only of an aws: metric it does not know, whatever its operator, value or dimension', () => {
    // A metric AWS adds later may take port sets or dimensions: the custom metrics' rules are not its.
    const portSet = aBehavior({ metric: 'aws:num-future-ports' }, { comparisonOperator: 'in-port-set' });
    portSet.criteria = { comparisonOperator: 'in-port-set', value: { ports: [443] } };
    const withDimension = aBehavior({
      name: 'Scoped',
      metric: 'aws:future-bytes',
      metricDimension: { dimensionName: 'Topics' },
    });

    const judgement = judgeBehaviors([portSet, withDimension]);

    expect(judgement).toMatchObject({ valid: true, errors: [] });
    expect(judgement.warnings.map((w) => w.field)).toEqual(['behaviors[0].metric', 'behaviors[1].metric']);
  });
});
