import type { SecurityProfile } from '../../../domain/securityProfile';
import { STRING_SHAPES, checkString, type Issues } from '../../../domain/validation';
import { invalidRequest } from '../wire/AwsError';
import { queryMaxResults, queryString, throwIfInvalid } from './inputs';
import type { Operation } from './operationContext';
import { paginate } from './paginate';

/**
 * ListSecurityProfiles: names and ARNs ordered by name, paged; `metricName`
 * keeps profiles whose behaviors or metrics to retain use that metric,
 * `dimensionName` those using that dimension ("cannot be used" together).
 */
export const listSecurityProfiles: Operation = (request, context) => {
  const metricName = queryString(request, 'metricName');
  const dimensionName = queryString(request, 'dimensionName');
  if (metricName !== undefined && dimensionName !== undefined) {
    throw invalidRequest('dimensionName: cannot be used together with metricName');
  }
  const issues: Issues = [];
  if (metricName !== undefined) checkString(issues, 'metricName', metricName, STRING_SHAPES.MetricName);
  if (dimensionName !== undefined)
    checkString(issues, 'dimensionName', dimensionName, STRING_SHAPES.DimensionName);
  throwIfInvalid(issues);
  const maxResults = queryMaxResults(request);

  const matching = context.store
    .list()
    .filter(
      (p) =>
        (metricName === undefined || usesMetric(p, metricName)) &&
        (dimensionName === undefined || usesDimension(p, dimensionName)),
    );
  const page = paginate(
    matching,
    (p) => p.securityProfileName,
    queryString(request, 'nextToken'),
    maxResults,
  );
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
