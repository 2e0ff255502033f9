/**
 * Reads one file out of a ZIP archive (stored or deflated), enough for downloads that come zipped (the
 * ESCO CSV package). Reads the central directory, so sizes are right even when the local headers defer them.
 */
import { inflateRawSync } from 'node:zlib';

export class ZipError extends Error {}

export function listZip(zip: Uint8Array): { name: string; method: number; size: number; offset: number }[] {
  const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 65535); i--) {
    if (dv.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipError('not a ZIP archive (no end-of-central-directory record)');
  const count = dv.getUint16(eocd + 10, true);
  let p = dv.getUint32(eocd + 16, true);
  const out = [];
  for (let n = 0; n < count; n++) {
    if (dv.getUint32(p, true) !== 0x02014b50) throw new ZipError(`broken central directory at entry ${n + 1}`);
    const method = dv.getUint16(p + 10, true);
    const size = dv.getUint32(p + 20, true);
    const nameLen = dv.getUint16(p + 28, true);
    const extraLen = dv.getUint16(p + 30, true);
    const commentLen = dv.getUint16(p + 32, true);
    const offset = dv.getUint32(p + 42, true);
    const name = new TextDecoder().decode(zip.subarray(p + 46, p + 46 + nameLen));
    out.push({ name, method, size, offset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** The bytes of the first entry whose path ends with `name` (e.g. "occupations_nl.csv"). */
export function readZipEntry(zip: Uint8Array, name: string): Uint8Array {
  const entry = listZip(zip).find((e) => e.name === name || e.name.endsWith(`/${name}`));
  if (!entry) throw new ZipError(`no ${name} in the archive`);
  const dv = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  if (dv.getUint32(entry.offset, true) !== 0x04034b50) throw new ZipError(`broken local header for ${entry.name}`);
  const start = entry.offset + 30 + dv.getUint16(entry.offset + 26, true) + dv.getUint16(entry.offset + 28, true);
  const data = zip.subarray(start, start + entry.size);
  if (entry.method === 0) return data;
  if (entry.method === 8) return new Uint8Array(inflateRawSync(data));
  throw new ZipError(`${entry.name}: compression method ${entry.method} not supported`);
}
