import {
  ValidateSecurityProfileBehaviorsCommand,
  type Behavior as SdkBehavior,
  type IoTClient,
} from '@aws-sdk/client-iot';
import type { ValidationIssue } from '../../domain/errors';
import type { Behavior } from '../../domain/securityProfile';
import { issuesOfIotMessage } from './fieldsOfIotMessage';
import type { SendIot } from './iotTargets';
import { toSdkBehavior } from './toSdkBehavior';

/**
 * ValidateSecurityProfileBehaviors: IoT's verdict, each message on the field it
 * names (Device Defender names a behavior and a member). The cast
 * meets the SDK's narrower `count: number` as `asSdkInput` does: its serializer
 * writes a bigint as a JSON integer, exactly.
 */
export async function validateBehaviorsCall(
  client: IoTClient,
  behaviors: Behavior[],
  send: SendIot,
): Promise<{ valid: boolean; errors: ValidationIssue[] }> {
  const sdkBehaviors = behaviors.map(toSdkBehavior) as unknown as SdkBehavior[];
  const command = new ValidateSecurityProfileBehaviorsCommand({ behaviors: sdkBehaviors });
  const output = await send(() => client.send(command), { behaviors });
  const errors = (output.validationErrors ?? []).flatMap((e) =>
    e.errorMessage ? issuesOfIotMessage(e.errorMessage, { behaviors }) : [],
  );
  return { valid: output.valid ?? errors.length === 0, errors };
}
