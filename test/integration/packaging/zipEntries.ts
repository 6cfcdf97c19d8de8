import { readFile } from 'node:fs/promises';

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;

/**
 * The file names stored in a zip archive, read from its central directory. Enough for the
 * artifacts `osls package` writes (no zip64, no archive comment longer than 64 KiB); written
 * here because CI images need not have `unzip`.
 */
export async function zipEntries(file: string): Promise<string[]> {
  const zip = await readFile(file);
  let offset = zip.lastIndexOf(uint32(END_OF_CENTRAL_DIRECTORY));
  if (offset < 0) throw new Error(`${file} is not a zip archive`);
  const count = zip.readUInt16LE(offset + 10);
  offset = zip.readUInt32LE(offset + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i += 1) {
    if (zip.readUInt32LE(offset) !== CENTRAL_DIRECTORY_ENTRY)
      throw new Error(`${file}: corrupt central directory`);
    const nameLength = zip.readUInt16LE(offset + 28);
    const extraLength = zip.readUInt16LE(offset + 30);
    const commentLength = zip.readUInt16LE(offset + 32);
    names.push(zip.toString('utf8', offset + 46, offset + 46 + nameLength));
    offset += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function uint32(value: number): Buffer {
  const buffer = Buffer.alloc(4);
  buffer.writeUInt32LE(value);
  return buffer;
}
