import type { AuditEventResolvers } from '../generated/resolvers';

/** The audit event's stored shape keeps request details together; the schema flattens them. */
export const AuditEvent: AuditEventResolvers = {
  time: (event) => new Date(event.time),
  incarnation: (event) =>
    event.incarnation
      ? { ...event.incarnation, creationDate: new Date(event.incarnation.creationDate) }
      : null,
  completedAt: (event) => (event.completedAt ? new Date(event.completedAt) : null),
  apiRequestId: (event) => event.request.apiRequestId,
  lambdaRequestId: (event) => event.request.lambdaRequestId,
  sourceIp: (event) => event.request.sourceIp ?? null,
  userAgent: (event) => event.request.userAgent ?? null,
  observation: (event) =>
    event.observation ? { ...event.observation, detectedAt: new Date(event.observation.detectedAt) } : null,
  attribution: (event) =>
    event.attribution ? { ...event.attribution, eventTime: new Date(event.attribution.eventTime) } : null,
  reconciliation: (event) =>
    event.reconciliation
      ? { ...event.reconciliation, reconciledAt: new Date(event.reconciliation.reconciledAt) }
      : null,
};
