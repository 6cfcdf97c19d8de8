import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config';
import { loadReconcileConfig } from '../../../src/reconcile/loadReconcileConfig';

describe('loadReconcileConfig', () => {
  it('defaults everything but the region', () => {
    const config = loadReconcileConfig({});
    expect(config).toEqual({
      region: undefined,
      auditTableName: 'SecurityProfileAudit',
      catalogueTableName: 'SecurityProfileCatalogue',
      auditRetentionDays: undefined,
      ownerTagKey: 'team',
      graceMs: 300_000,
      batchSize: 100,
      inFlightMs: 60_000,
      scan: true,
    });
  });

  it('reads each variable', () => {
    const config = loadReconcileConfig({
      AWS_REGION: 'eu-west-1',
      AUDIT_TABLE_NAME: 'Audit',
      CATALOGUE_TABLE_NAME: 'Catalogue',
      AUDIT_RETENTION_DAYS: '400',
      OWNER_TAG_KEY: 'owner',
      AUDIT_RECONCILE_GRACE_SECONDS: '600',
      AUDIT_RECONCILE_BATCH_SIZE: '25',
      AUDIT_IN_FLIGHT_SECONDS: '45',
      AUDIT_SCAN: 'false',
    });
    expect(config).toEqual({
      region: 'eu-west-1',
      auditTableName: 'Audit',
      catalogueTableName: 'Catalogue',
      auditRetentionDays: 400,
      ownerTagKey: 'owner',
      graceMs: 600_000,
      batchSize: 25,
      inFlightMs: 45_000,
      scan: false,
    });
  });

  it.each([
    ['AUDIT_RECONCILE_GRACE_SECONDS', '10'],
    ['AUDIT_RECONCILE_BATCH_SIZE', 'many'],
    ['AUDIT_RETENTION_DAYS', '0'],
    ['AUDIT_IN_FLIGHT_SECONDS', '5'],
    ['AUDIT_SCAN', 'sometimes'],
  ])('refuses a malformed %s, naming it', (name, value) => {
    const load = () => loadReconcileConfig({ [name]: value });
    expect(load).toThrow(ConfigError);
    expect(load).toThrow(name);
  });
});
