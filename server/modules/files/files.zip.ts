import { open } from 'node:fs/promises';

/**
 * What a zip file (Word, Excel, PowerPoint, OpenDocument) says it holds, read from its central
 * directory alone, before anything is inflated: a decompression bomb is a small file whose entries
 * declare (or inflate to) far more than it weighs. The declared sizes can lie; the worker's memory and
 * time limits catch a liar (files.pool.ts).
 */

export interface ZipTotals {
  entries: number;
  compressed: number;
  uncompressed: number;
}

export interface ZipLimits {
  maxUncompressed: number;
  maxRatio: number;
}

/** Reads `length` bytes at `offset`; fewer at the end of the file. */
export type ReadAt = (offset: number, length: number) => Promise<Buffer>;

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const MAX_COMMENT = 0xffff;
const U32 = 0xffffffff;

/** The central directory's offset, size and entry count, from the (ZIP64) end record; null when absent. */
async function directory(readAt: ReadAt, size: number) {
  const tailStart = Math.max(0, size - (22 + MAX_COMMENT));
  const tail = await readAt(tailStart, size - tailStart);
  let at = -1;
  for (let i = tail.length - 22; i >= 0; i--) if (tail.readUInt32LE(i) === EOCD) { at = i; break; }
  if (at < 0) return null;
  let entries = tail.readUInt16LE(at + 10);
  let dirSize = tail.readUInt32LE(at + 12);
  let dirOffset = tail.readUInt32LE(at + 16);
  if ((dirOffset === U32 || dirSize === U32 || entries === 0xffff) && at >= 20 && tail.readUInt32LE(at - 20) === EOCD64_LOCATOR) {
    const rec = await readAt(Number(tail.readBigUInt64LE(at - 20 + 8)), 56);
    if (rec.length < 56 || rec.readUInt32LE(0) !== EOCD64) return null;
    entries = Number(rec.readBigUInt64LE(32));
    dirSize = Number(rec.readBigUInt64LE(40));
    dirOffset = Number(rec.readBigUInt64LE(48));
  }
  return { entries, dirSize, dirOffset };
}

/** An entry's sizes, taking the ZIP64 extra field (id 1) where the 32-bit fields are saturated. */
function entrySizes(dir: Buffer, at: number, nameLen: number, extraLen: number) {
  let compressed = dir.readUInt32LE(at + 20);
  let uncompressed = dir.readUInt32LE(at + 24);
  if (compressed !== U32 && uncompressed !== U32) return { compressed, uncompressed };
  let p = at + 46 + nameLen;
  const end = p + extraLen;
  while (p + 4 <= end) {
    const id = dir.readUInt16LE(p);
    const len = dir.readUInt16LE(p + 2);
    if (id === 1) {
      let q = p + 4;
      if (uncompressed === U32) { uncompressed = Number(dir.readBigUInt64LE(q)); q += 8; }
      if (compressed === U32) compressed = Number(dir.readBigUInt64LE(q));
      return { compressed, uncompressed };
    }
    p += 4 + len;
  }
  // Saturated without its extra field: take it at its word, the largest size there is.
  return { compressed, uncompressed: Number.MAX_SAFE_INTEGER };
}

/** The totals of a zip's entries; null when the bytes are not a readable zip. */
export async function zipTotals(readAt: ReadAt, size: number): Promise<ZipTotals | null> {
  const d = await directory(readAt, size);
  if (!d || d.dirOffset + d.dirSize > size) return null;
  const dir = await readAt(d.dirOffset, d.dirSize);
  const totals: ZipTotals = { entries: 0, compressed: 0, uncompressed: 0 };
  let at = 0;
  while (at + 46 <= dir.length && dir.readUInt32LE(at) === CENTRAL) {
    const nameLen = dir.readUInt16LE(at + 28);
    const extraLen = dir.readUInt16LE(at + 30);
    const commentLen = dir.readUInt16LE(at + 32);
    const s = entrySizes(dir, at, nameLen, extraLen);
    totals.entries++;
    totals.compressed += s.compressed;
    totals.uncompressed += s.uncompressed;
    at += 46 + nameLen + extraLen + commentLen;
  }
  return totals.entries === d.entries ? totals : null;
}

/** Small archives may compress well: the ratio is judged only past this many uncompressed bytes. */
const RATIO_FLOOR = 1024 * 1024;

/** True when the archive declares more than the limits allow (or is not a readable zip at all). */
export function overLimits(t: ZipTotals | null, limits: ZipLimits): boolean {
  if (!t) return true;
  if (t.uncompressed > limits.maxUncompressed) return true;
  return t.uncompressed > RATIO_FLOOR && t.uncompressed / Math.max(1, t.compressed) > limits.maxRatio;
}

export const bufferReader = (buf: Buffer): ReadAt => async (offset, length) => buf.subarray(offset, offset + length);

/** The totals of a zip file on disk, reading only its tail and central directory. */
export async function zipFileTotals(path: string): Promise<ZipTotals | null> {
  const fh = await open(path, 'r');
  try {
    const { size } = await fh.stat();
    const readAt: ReadAt = async (offset, length) => {
      const buf = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
      const { bytesRead } = await fh.read(buf, 0, buf.length, offset);
      return buf.subarray(0, bytesRead);
    };
    return await zipTotals(readAt, size);
  } finally {
    await fh.close();
  }
}
