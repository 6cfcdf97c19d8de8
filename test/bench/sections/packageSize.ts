import { readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { deflateRawSync } from 'node:zlib';

/** Sizes of one function's artifact. */
export interface PackageSize {
  /** The bundle itself (index.mjs), bytes. */
  bundleBytes: number;
  /**
   * The zip a deploy uploads: every file of the bundle's directory (serverless.yml packages
   * `dist/<fn>/**`: bundle, source map, legal notices), deflated, with zip headers.
   */
  zipBytes: number;
}

// Local file header (30) and central directory entry (46), each followed by the name; end record 22.
const LOCAL_HEADER = 30;
const CENTRAL_ENTRY = 46;
const END_RECORD = 22;

/** The sizes of the artifact at `bundlePath` and of the zip of its directory. */
export async function packageSize(bundlePath: string): Promise<PackageSize> {
  const dir = dirname(bundlePath);
  const files = (await readdir(dir, { withFileTypes: true })).filter((entry) => entry.isFile());
  let zipBytes = END_RECORD;
  for (const file of files) {
    const data = await readFile(join(dir, file.name));
    const name = Buffer.byteLength(`${file.name}`);
    zipBytes += LOCAL_HEADER + CENTRAL_ENTRY + 2 * name + deflateRawSync(data).length;
  }
  return { bundleBytes: (await readFile(bundlePath)).length, zipBytes };
}
