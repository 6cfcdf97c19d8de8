/**
 * Derives the emulator's copy of the AWS IoT model: the input shapes of the
 * operations the emulator serves, with every constraint (required, min, max,
 * pattern, enum, HTTP binding) and without documentation.
 *
 *   npx tsx scripts/deriveIotModel.ts path/to/botocore/data/iot/2015-05-28/service-2.json <revision>
 *
 * writes src/local/iotEmulator/model/iotModel.ts. The emulator reads only that
 * file, so it needs no copy of the model at run time.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { format, resolveConfig } from 'prettier';
import { OPERATION_NAMES } from '../src/local/iotEmulator/model/operationNames';

interface RawShape {
  type: string;
  members?: Record<string, { shape: string; location?: string; locationName?: string }>;
  required?: string[];
  member?: { shape: string };
  key?: { shape: string };
  value?: { shape: string };
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
}

interface RawModel {
  metadata: { apiVersion: string };
  operations: Record<string, { http: { method: string; requestUri: string }; input?: { shape: string } }>;
  shapes: Record<string, RawShape>;
}

const [modelPath, revision = 'unknown revision'] = process.argv.slice(2);
if (!modelPath) {
  console.error('usage: tsx scripts/deriveIotModel.ts <service-2.json> [revision]');
  process.exit(2);
}
const model = JSON.parse(await readFile(modelPath, 'utf8')) as RawModel;

const kept: Record<string, RawShape> = {};
function keep(name: string): void {
  if (kept[name]) return;
  const shape = model.shapes[name];
  if (!shape) throw new Error(`shape ${name} is not in the model`);
  const copy: RawShape = { type: shape.type };
  for (const key of ['required', 'min', 'max', 'pattern', 'enum'] as const) {
    if (shape[key] !== undefined) Object.assign(copy, { [key]: shape[key] });
  }
  kept[name] = copy;
  if (shape.members) {
    copy.members = {};
    for (const [member, ref] of Object.entries(shape.members)) {
      copy.members[member] = {
        shape: ref.shape,
        ...(ref.location && { location: ref.location, locationName: ref.locationName ?? member }),
      };
      keep(ref.shape);
    }
  }
  for (const part of ['member', 'key', 'value'] as const) {
    const ref = shape[part];
    if (ref) {
      copy[part] = { shape: ref.shape };
      keep(ref.shape);
    }
  }
}

const operations: Record<string, { method: string; requestUri: string; input: string }> = {};
for (const name of OPERATION_NAMES) {
  const operation = model.operations[name];
  if (!operation?.input) throw new Error(`operation ${name} has no input in the model`);
  operations[name] = { ...operation.http, input: operation.input.shape };
  keep(operation.input.shape);
}

const sorted = Object.fromEntries(Object.entries(kept).sort(([a], [b]) => a.localeCompare(b)));
const source = `/**
 * AWS IoT's model (API ${model.metadata.apiVersion}) as far as the emulator serves it: the input
 * shapes of its operations with every constraint, documentation left out. Derived from
 * botocore's \`botocore/data/iot/2015-05-28/service-2.json\` (${revision}) by
 * \`scripts/deriveIotModel.ts\`; regenerate rather than edit.
 */
import type { IotModel } from './modelTypes';

export const IOT_MODEL: IotModel = ${JSON.stringify({ operations, shapes: sorted })};
`;
const target = new URL('../src/local/iotEmulator/model/iotModel.ts', import.meta.url);
const options = await resolveConfig(target);
await writeFile(target, await format(source, { ...options, filepath: target.pathname }));
console.log(
  `wrote ${target.pathname}: ${Object.keys(operations).length} operations, ${Object.keys(sorted).length} shapes`,
);
