import { boolean, list, string, struct, withSchema } from '../iotJson/decode';
import {
  additionalMetricsToRetainV2,
  alertTargets,
  behaviors,
  metricDimension,
  metricsExportConfig,
} from '../iotJson/decodeShapes';
import type { PatchSecurityProfileRequest } from '../domain/patch/patchRequest';

/** The JSON body of `POST /security-profiles/{name}/patch`: the patch's members in IoT's JSON shapes. */
export const decodePatchBody = withSchema(
  struct<Omit<PatchSecurityProfileRequest, 'securityProfileName' | 'expectedVersion'>>({
    securityProfileDescription: string,
    upsertBehaviors: behaviors,
    removeBehaviors: list(string),
    upsertMetricsToRetain: additionalMetricsToRetainV2,
    removeMetricsToRetain: list(struct({ metric: string, metricDimension }, ['metric'])),
    alertTargets,
    deleteAlertTargets: boolean,
    metricsExportConfig,
    deleteMetricsExportConfig: boolean,
  }),
  { title: 'PatchSecurityProfileRequest' },
);
