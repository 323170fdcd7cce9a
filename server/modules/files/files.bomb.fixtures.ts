import { crc32, deflateRawSync } from 'node:zlib';

/**
 * Real zip files written byte by byte for the bomb tests: entries deflated with node's zlib, and an
 * entry of zeros that inflates to hundreds of MB from a few hundred KB. `declared` makes an entry lie
 * about its uncompressed size in the headers (the guard reads the headers; the workers catch the lie).
 */

export interface Entry {
  name: string;
  data?: Buffer;
  /** An entry of this many zero bytes, deflated in 1 MB blocks without ever holding them all. */
  zeros?: number;
  declared?: number;
}

const MB = 1024 * 1024;

function deflated(e: Entry): { body: Buffer; crc: number; size: number } {
  if (e.data) return { body: deflateRawSync(e.data), crc: crc32(e.data), size: e.data.length };
  // Identical 1 MB blocks deflate to the same bytes; a full flush makes them concatenable.
  const block = Buffer.alloc(MB);
  const count = Math.ceil((e.zeros ?? 0) / MB);
  const flushed = deflateRawSync(block, { finishFlush: 3 /* Z_FULL_FLUSH */, level: 9 });
  const last = deflateRawSync(Buffer.alloc(0));
  let crc = 0;
  for (let i = 0; i < count; i++) crc = crc32(block, crc);
  return { body: Buffer.concat([...Array<Buffer>(count).fill(flushed), last]), crc, size: count * MB };
}

export function zip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const { body, crc, size } = deflated(e);
    const name = Buffer.from(e.name, 'utf8');
    const declared = e.declared ?? size;
    // The local and central headers carry the same fields (method, CRC, sizes, name length) at their offsets.
    const fields = (buf: Buffer, at: number) => {
      buf.writeUInt16LE(8, at);
      buf.writeUInt32LE(crc >>> 0, at + 6);
      buf.writeUInt32LE(body.length, at + 10);
      buf.writeUInt32LE(declared, at + 14);
      buf.writeUInt16LE(name.length, at + 18);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    fields(local, 8);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    fields(central, 10);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += local.length + name.length + body.length;
  }
  const dir = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

const CONTENT_TYPES = (main: string) => Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/${main}" ContentType="application/vnd.openxmlformats-officedocument.${main.startsWith('word') ? 'wordprocessingml.document.main' : 'spreadsheetml.sheet.main'}+xml"/></Types>`);

/** A Word file whose document part is `mb` MB of zeros. */
export const docxBomb = (mb: number, declared?: number) =>
  zip([{ name: '[Content_Types].xml', data: CONTENT_TYPES('word/document.xml') }, { name: 'word/document.xml', zeros: mb * MB, declared }]);

/** An Excel file whose first sheet is `mb` MB of zeros. */
export const xlsxBomb = (mb: number) =>
  zip([{ name: '[Content_Types].xml', data: CONTENT_TYPES('xl/workbook.xml') }, { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>') }, { name: 'xl/worksheets/sheet1.xml', zeros: mb * MB }]);
