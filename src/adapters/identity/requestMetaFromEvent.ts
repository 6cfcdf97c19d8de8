import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import type { RequestMeta } from '../../domain/auditEvent';

/**
 * Where a request came from, for the audit trail: API Gateway's request id (the one
 * in its access logs), the Lambda invocation id (the one in the function's logs),
 * and the caller's address and user agent as API Gateway saw them. Empty values are
 * left out rather than recorded as "".
 */
export function requestMetaFromEvent(
  event: Pick<APIGatewayProxyEventV2, 'requestContext'>,
  lambdaContext: Pick<Context, 'awsRequestId'>,
): RequestMeta {
  const { requestId, http } = event.requestContext;
  const meta: RequestMeta = { apiRequestId: requestId, lambdaRequestId: lambdaContext.awsRequestId };
  if (http.sourceIp) meta.sourceIp = http.sourceIp;
  if (http.userAgent) meta.userAgent = http.userAgent;
  return meta;
}
