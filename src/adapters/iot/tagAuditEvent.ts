import type { FinalizeRequestMiddleware, MiddlewareStack } from '@smithy/types';
import { auditUserAgentToken } from '../../domain/drift/iotApiCall';

/**
 * Makes one IoT call carry the id of the audit event it is made for, at the
 * end of its User-Agent, which CloudTrail records as `userAgent`: the
 * CloudTrail handler then matches the record of the call to the gateway's own
 * event (evidence for the reconciler) instead of taking it for a change made
 * outside. Added after signing, per attempt: SigV4 never signs the User-Agent.
 */
export function tagAuditEvent<I extends object, O extends object>(
  command: { middlewareStack: MiddlewareStack<I, O> },
  auditEventId: string,
): void {
  const token = auditUserAgentToken(auditEventId);
  const appendToken: FinalizeRequestMiddleware<I, O> = (next) => (args) => {
    const headers = (args.request as { headers?: Record<string, string> }).headers;
    if (headers) headers['user-agent'] = headers['user-agent'] ? `${headers['user-agent']} ${token}` : token;
    return next(args);
  };
  command.middlewareStack.add(appendToken, {
    step: 'finalizeRequest',
    priority: 'low',
    name: 'auditEventUserAgentMiddleware',
  });
}
