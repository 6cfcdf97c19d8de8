import type { SecurityProfile } from '../../../domain/securityProfile';
import { invalidRequest } from '../wire/AwsError';
import { modelInput } from './inputs';
import type { Operation } from './operationContext';
import { paginate } from './paginate';

interface ListInput {
  nextToken?: string;
  maxResults?: number;
  dimensionName?: string;
  metricName?: string;
}

/**
 * ListSecurityProfiles: names and ARNs ordered by name, paged; `metricName`
 * keeps profiles whose behaviors or metrics to retain use that metric,
 * `dimensionName` those using that dimension ("cannot be used in the same
 * request", the model).
 */
export const listSecurityProfiles: Operation = (request, context) => {
  const { metricName, dimensionName, nextToken, maxResults } = modelInput<ListInput>(
    'ListSecurityProfiles',
    request,
  );
  if (metricName !== undefined && dimensionName !== undefined) {
    throw invalidRequest('dimensionName and metricName cannot be used in the same request');
  }
  const matching = context.store
    .list()
    .filter(
      (p) =>
        (metricName === undefined || usesMetric(p, metricName)) &&
        (dimensionName === undefined || usesDimension(p, dimensionName)),
    );
  const page = paginate(matching, (p) => p.securityProfileName, nextToken, maxResults);
  return {
    securityProfileIdentifiers: page.items.map((p) => ({
      name: p.securityProfileName,
      arn: p.securityProfileArn,
    })),
    nextToken: page.nextToken,
  };
};

function usesMetric(profile: SecurityProfile, metric: string): boolean {
  return (
    (profile.behaviors ?? []).some((b) => b.metric === metric) ||
    (profile.additionalMetricsToRetain ?? []).includes(metric) ||
    (profile.additionalMetricsToRetainV2 ?? []).some((m) => m.metric === metric)
  );
}

function usesDimension(profile: SecurityProfile, dimension: string): boolean {
  return (
    (profile.behaviors ?? []).some((b) => b.metricDimension?.dimensionName === dimension) ||
    (profile.additionalMetricsToRetainV2 ?? []).some((m) => m.metricDimension?.dimensionName === dimension)
  );
}
