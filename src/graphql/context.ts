import type { CallContext } from '../service/callContext';
import type { SecurityProfileService } from '../service/SecurityProfileService';
import type { Warning } from '../domain/warning';

/** What a resolver can reach: the use cases and who is calling. Never a client of IoT or DynamoDB. */
export interface GatewayContext {
  securityProfiles: SecurityProfileService;
  call: CallContext;
  /** Warnings the response carries in `extensions.warnings`: readings that found something, a pending audit. */
  warnings: Warning[];
  /** The request's variables as its JSON gave them, before coercion: what the audit records as sent. */
  rawVariables: Readonly<Record<string, unknown>>;
}
