import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { StoreSnapshot, ThingGroup } from './ProfileStore';
import { boolean, epochSeconds, list, long, map, string, struct } from '../../iotJson/decode';
import { securityProfile, tags } from '../../iotJson/decodeShapes';
import { encodeProfile, toEpochSeconds } from '../../iotJson/encodeProfile';
import { parseJson } from '../../iotJson/parseJson';
import { toJson } from '../../iotJson/toJson';

const FORMAT = 'iot-emulator-state/1';

/** Loads and saves the emulator's state in one JSON file. */
export interface StateFile {
  /** The saved state, or undefined when the file does not exist yet. */
  load(): Promise<StoreSnapshot | undefined>;
  /** Saves a snapshot atomically (temp file + rename); saves run one at a time, in call order. */
  save(snapshot: StoreSnapshot): Promise<void>;
  /** Resolves when every save asked for so far is on disk. */
  flush(): Promise<void>;
}

const thingGroup = struct<ThingGroup>(
  {
    thingGroupName: string,
    thingGroupArn: string,
    thingGroupId: string,
    version: long,
    thingGroupProperties: struct({
      thingGroupDescription: string,
      attributePayload: struct({ attributes: map(string), merge: boolean }),
    }),
    parentGroupName: string,
    creationDate: epochSeconds,
  },
  ['thingGroupName', 'thingGroupArn', 'thingGroupId', 'version', 'creationDate'],
);

// `thingGroups` is optional: files written before thing groups were emulated have none.
const decodeState = struct<Required<StoreSnapshot> & { format: string }>(
  {
    format: string,
    profiles: list(
      struct({ profile: securityProfile, tags, targets: list(string) }, ['profile', 'tags', 'targets']),
    ),
    thingGroups: list(struct({ thingGroup, tags }, ['thingGroup', 'tags'])),
  },
  ['format', 'profiles'],
);

/** A state file at `path`; profiles are stored exactly as Describe returns them. */
export function createStateFile(path: string): StateFile {
  let queue: Promise<void> = Promise.resolve();
  let counter = 0;

  async function write(snapshot: StoreSnapshot): Promise<void> {
    const profiles = snapshot.profiles.map((p) => ({ ...p, profile: encodeProfile(p.profile) }));
    const thingGroups = (snapshot.thingGroups ?? []).map((g) => ({
      ...g,
      thingGroup: { ...g.thingGroup, creationDate: toEpochSeconds(g.thingGroup.creationDate) },
    }));
    const temp = `${path}.${process.pid}.${++counter}.tmp`;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(temp, `${toJson({ format: FORMAT, profiles, thingGroups })}\n`);
    await rename(temp, path);
  }

  return {
    async load() {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
        throw error;
      }
      const state = decodeState(parseJson(text), '');
      if (state.format !== FORMAT) throw new Error(`${path}: unknown state format ${state.format}`);
      return { profiles: state.profiles, thingGroups: state.thingGroups ?? [] };
    },
    save(snapshot) {
      const next = queue.then(() => write(snapshot));
      // A failed save must not block later ones; the caller still sees its own failure.
      queue = next.catch(() => undefined);
      return next;
    },
    flush() {
      return queue;
    },
  };
}
