import type { APIGatewayProxyEventV2WithJWTAuthorizer } from 'aws-lambda';
import { BENCH_PROFILE, graphqlEvent } from './mutationEvents';

/** The size of both documents of the comparison. */
export const DOCUMENT_BYTES = 1_048_576;

/**
 * Issue 12's hostile document at 1 MiB: `__typename @include(if: true)` over and
 * over (34,952 directives), the shape that cost tens of CPU-seconds before the limits.
 */
export function hostileDocumentEvent(): APIGatewayProxyEventV2WithJWTAuthorizer {
  const unit = '__typename @include(if: true) ';
  return graphqlEvent(padded('{ ', unit, ' }'), {});
}

/**
 * A valid document of the same size: one read of the bench profile, then
 * comment lines (what a client's generated documents carry) up to 1 MiB.
 */
export function validDocumentEvent(): APIGatewayProxyEventV2WithJWTAuthorizer {
  const read = `query { securityProfile(securityProfileName: "${BENCH_PROFILE}") { securityProfileName version } }\n`;
  return graphqlEvent(padded(read, `# ${'-'.repeat(77)}\n`, ''), {});
}

/** `head`, whole `unit`s, spaces, then `tail`: exactly DOCUMENT_BYTES (all ASCII). */
function padded(head: string, unit: string, tail: string): string {
  const room = DOCUMENT_BYTES - head.length - tail.length;
  return head + unit.repeat(Math.floor(room / unit.length)) + ' '.repeat(room % unit.length) + tail;
}
