import { fieldsOfIotMessage, type NamedMembers } from '../../../src/adapters/iot/fieldsOfIotMessage';
import { validateProfile, validateUpdateRequest } from '../../../src/domain/validation';
import { judgeIssues } from '../../../src/domain/validation/judgeIssues';
import type { Warning } from '../../../src/domain/warning';
import { DecodeError } from '../../../src/iotJson/DecodeError';
import { updateSecurityProfileBody } from '../../../src/iotJson/decodeShapes';
import { parseJson } from '../../../src/iotJson/parseJson';
import type { RawResponse, TestEmulator } from './testEmulator';

/** What one implementation made of an UpdateSecurityProfile body: the fields it refused it for, if it did. */
export interface Verdict {
  refused: boolean;
  /** The fields the refusal names (the gateway's own, or those IoT's message names). */
  fields: string[];
  /** The gateway's warnings (the emulator gives none). */
  warnings: Warning[];
}

/**
 * The gateway's verdict on an UpdateSecurityProfile body, as its REST front
 * end reads it: IoT's JSON decoded into the domain, then every rule, sorted by
 * tier, against a profile that stores nothing the body does not set. A refusal
 * is what the gateway answers without calling IoT.
 */
export function gatewayVerdict(text: string, securityProfileName: string): Verdict {
  let body: ReturnType<typeof updateSecurityProfileBody>;
  try {
    body = updateSecurityProfileBody(parseJson(text), '');
  } catch (error) {
    if (error instanceof DecodeError) return { refused: true, fields: [error.path], warnings: [] };
    throw error;
  }
  // As the update planner judges it against a profile that stores nothing the body does not set.
  const request = { securityProfileName, ...body };
  const { refusals, warnings } = judgeIssues([
    ...validateUpdateRequest(request),
    ...validateProfile(body, body),
  ]);
  return { refused: refusals.length > 0, fields: refusals.map((issue) => issue.path), warnings };
}

/** The emulator's verdict on the same body, its fields read from its message the way the gateway reads IoT's. */
export async function emulatorVerdict(
  t: TestEmulator,
  text: string,
  securityProfileName: string,
): Promise<Verdict> {
  const response: RawResponse = await t.raw('PATCH', `/security-profiles/${securityProfileName}`, text);
  if (response.status === 200) return { refused: false, fields: [], warnings: [] };
  if (response.status !== 400) throw new Error(`the emulator answered ${response.status}: ${response.text}`);
  const sent = JSON.parse(text) as NamedMembers;
  return { refused: true, fields: fieldsOfIotMessage(String(response.json?.message), sent), warnings: [] };
}

/**
 * Whether two refusals name the same field: the same path, or the emulator's
 * names the list or map that holds the gateway's (the framework reports broken
 * list elements and map keys at the list or map).
 */
export function sameField(gateway: readonly string[], emulator: readonly string[]): boolean {
  return gateway.some((g) => emulator.some((e) => g === e || g.startsWith(`${e}[`) || g.startsWith(`${e}.`)));
}
