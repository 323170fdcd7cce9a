import fs from 'node:fs';
import { once } from 'node:events';
import type { Readable, Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import zlib from 'node:zlib';

/**
 * The little of the tar format (POSIX ustar) a backup needs: regular files only, names up to 100 characters,
 * gzip-compressed when the archive's name ends in .gz. Streams both ways, so archive size is not bounded by memory.
 */

const BLOCK = 512;

async function put(out: Writable, chunk: Buffer): Promise<void> {
  if (!out.write(chunk)) await once(out, 'drain');
}

function octal(buf: Buffer, offset: number, length: number, value: number) {
  if (value < 8 ** (length - 1)) {
    buf.write(value.toString(8).padStart(length - 1, '0'), offset, length - 1, 'ascii');
    return;
  }
  // Base-256 for sizes over 8 GiB: the high bit of the first byte set, the number big-endian.
  buf[offset] = 0x80;
  let v = BigInt(value);
  for (let i = offset + length - 1; i > offset; i--, v >>= 8n) buf[i] = Number(v & 0xffn);
}

function header(name: string, size: number, mtime: Date): Buffer {
  if (Buffer.byteLength(name) > 100) throw new Error(`tar: name too long: ${name}`);
  const h = Buffer.alloc(BLOCK);
  h.write(name, 0, 100, 'utf8');
  octal(h, 100, 8, 0o644);
  octal(h, 108, 8, 0);
  octal(h, 116, 8, 0);
  octal(h, 124, 12, size);
  octal(h, 136, 12, Math.floor(mtime.getTime() / 1000));
  h.fill(' ', 148, 156);
  h.write('0', 156, 'ascii');
  h.write('ustar\u000000', 257, 'ascii');
  let sum = 0;
  for (const b of h) sum += b;
  h.write(`${sum.toString(8).padStart(6, '0')}\u0000 `, 148, 8, 'ascii');
  return h;
}

const padding = (size: number) => Buffer.alloc((BLOCK - (size % BLOCK)) % BLOCK);

export class TarWriter {
  private constructor(
    private readonly out: Writable,
    private readonly file: fs.WriteStream,
  ) {}

  /** A new archive at `path`; throws (EEXIST) at once if something is there. */
  static create(path: string): TarWriter {
    const file = fs.createWriteStream(path, { fd: fs.openSync(path, 'wx', 0o600) });
    if (!path.endsWith('.gz')) return new TarWriter(file, file);
    const gzip = zlib.createGzip();
    gzip.pipe(file);
    return new TarWriter(gzip, file);
  }

  async addBuffer(name: string, data: Buffer, mtime = new Date()): Promise<void> {
    await put(this.out, header(name, data.length, mtime));
    await put(this.out, data);
    await put(this.out, padding(data.length));
  }

  /** Streams a file in; `onChunk` sees its bytes (to hash them on the way). Returns its size. */
  async addFile(name: string, source: string, onChunk?: (chunk: Buffer) => void): Promise<number> {
    const stat = await fs.promises.stat(source);
    await put(this.out, header(name, stat.size, stat.mtime));
    let size = 0;
    for await (const chunk of fs.createReadStream(source) as AsyncIterable<Buffer>) {
      size += chunk.length;
      if (size > stat.size) throw new Error(`tar: ${source} grew while being archived`);
      onChunk?.(chunk);
      await put(this.out, chunk);
    }
    if (size !== stat.size) throw new Error(`tar: ${source} shrank while being archived`);
    await put(this.out, padding(size));
    return size;
  }

  async finish(): Promise<void> {
    await put(this.out, Buffer.alloc(BLOCK * 2));
    this.out.end();
    await finished(this.file);
  }
}

/** What receives one entry's bytes; null skips the entry. */
export interface EntrySink {
  write(chunk: Buffer): Promise<void> | void;
  end(): Promise<void> | void;
}

function parseHeader(h: Buffer): { name: string; size: number } {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 32 : (h[i] as number);
  const text = (o: number, l: number) => h.toString('utf8', o, o + l).replace(/\0.*$/s, '');
  if (Number.parseInt(text(148, 8).trim(), 8) !== sum) throw new Error('tar: bad header checksum (a damaged archive)');
  const type = text(156, 1);
  if (type !== '0' && type !== '') throw new Error(`tar: unsupported entry type '${type}'`);
  let size = 0;
  if ((h[124] as number) & 0x80) for (let i = 125; i < 136; i++) size = size * 256 + (h[i] as number);
  else size = Number.parseInt(text(124, 12).trim() || '0', 8);
  const prefix = text(345, 155);
  return { name: prefix ? `${prefix}/${text(0, 100)}` : text(0, 100), size };
}

async function openSource(path: string): Promise<Readable> {
  const fd = await fs.promises.open(path, 'r');
  const magic = Buffer.alloc(2);
  await fd.read(magic, 0, 2, 0);
  await fd.close();
  const file = fs.createReadStream(path);
  return magic[0] === 0x1f && magic[1] === 0x8b ? file.pipe(zlib.createGunzip()) : file;
}

/** Reads the archive in order, handing each entry's bytes to the sink `onEntry` gives for it. */
export async function readTar(path: string, onEntry: (name: string, size: number) => Promise<EntrySink | null> | EntrySink | null): Promise<void> {
  let buf: Buffer = Buffer.alloc(0);
  let entry: { sink: EntrySink | null; remaining: number; pad: number } | null = null;
  for await (const chunk of (await openSource(path)) as AsyncIterable<Buffer>) {
    buf = buf.length ? Buffer.concat([buf, chunk]) : chunk;
    for (;;) {
      if (entry) {
        const n = Math.min(entry.remaining, buf.length);
        if (n > 0) await entry.sink?.write(buf.subarray(0, n));
        buf = buf.subarray(n);
        entry.remaining -= n;
        if (entry.remaining > 0 || buf.length < entry.pad) break;
        buf = buf.subarray(entry.pad);
        await entry.sink?.end();
        entry = null;
      }
      if (buf.length < BLOCK) break;
      const h = buf.subarray(0, BLOCK);
      buf = buf.subarray(BLOCK);
      if (h.every((b) => b === 0)) return; // the end-of-archive blocks
      const { name, size } = parseHeader(h);
      entry = { sink: await onEntry(name, size), remaining: size, pad: (BLOCK - (size % BLOCK)) % BLOCK };
    }
  }
  throw new Error('tar: the archive ends early (truncated)');
}
