/**
 * Why a successful answer carries a warning: a rule no AWS source confirms
 * found something (the request went to IoT, which decided), or the applied
 * change's audit event is still pending.
 */
export type WarningCode = 'UNCONFIRMED_RULE' | 'AUDIT_PENDING';

/**
 * Something the caller should know although the call succeeded; GraphQL's
 * `extensions.warnings` and REST's `warnings` carry these as they are.
 */
export interface Warning {
  code: WarningCode;
  message: string;
  /** The field it concerns, spelled as in errors (`behaviors[1].criteria`). */
  field?: string;
}
