import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { limitExceeded, type RequestLimits } from './requestLimits';

/**
 * Refuses a body larger than `REQUEST_MAX_BYTES`, on every route, before it is
 * decoded or parsed. A base64 body is measured as the bytes it stands for.
 *
 * @throws RequestLimitError naming the setting.
 */
export function assertBodyWithinLimit(
  event: Pick<APIGatewayProxyEventV2, 'body' | 'isBase64Encoded'>,
  limits: RequestLimits,
): void {
  const bytes = bodyBytes(event);
  if (bytes > limits.requestBytes) throw limitExceeded(limits, 'requestBytes', bytes);
}

function bodyBytes({
  body,
  isBase64Encoded,
}: Pick<APIGatewayProxyEventV2, 'body' | 'isBase64Encoded'>): number {
  if (!body) return 0;
  if (!isBase64Encoded) return Buffer.byteLength(body, 'utf8');
  const padding = body.endsWith('==') ? 2 : body.endsWith('=') ? 1 : 0;
  return Math.floor((body.length * 3) / 4) - padding;
}
