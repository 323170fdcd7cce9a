import { open, readFile } from 'node:fs/promises';
import { fileTypeFromFile } from 'file-type';
import mammoth from 'mammoth';

/**
 * What an uploaded file is, judged from its bytes (the declared type and name are the sender's word),
 * and its text for search. Offices exchange PDF, Word, Excel, OpenDocument, images and plain text;
 * anything that can run (programs, scripts, web pages, archives that may hide them) is refused.
 */

const ALLOWED = new Set([
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  'application/vnd.oasis.opendocument.text',
  'application/vnd.oasis.opendocument.spreadsheet',
  'application/x-cfb', // legacy .doc / .xls
  'image/png',
  'image/jpeg',
  'image/gif',
  'image/webp',
  'image/tiff',
]);

/** Names that run when opened, whatever their bytes look like. */
const DANGEROUS_NAME = /\.(exe|com|bat|cmd|msi|scr|pif|cpl|dll|sys|jar|js|mjs|cjs|vbs|vbe|wsf|wsh|ps1|psm1|sh|bash|zsh|py|pl|rb|php|phtml|asp|aspx|jsp|html?|xhtml|svg|hta|lnk|reg|apk|app|dmg|elf|so)$/i;
/** Markup and script openings that make a "text" file a web page or a script. */
const ACTIVE_TEXT = /^(\s|\uFEFF)*(<!doctype|<html|<head|<body|<script|<svg|<\?xml|<\?php|#!|<%|<iframe|<object|<embed)/i;

export type Detected = { ok: true; mime: string } | { ok: false };

/** True when `bytes` decode as UTF-8 text without control characters other than tab and line ends. */
function isPlainText(bytes: Uint8Array): boolean {
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    // eslint-disable-next-line no-control-regex
    return !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(text) && !ACTIVE_TEXT.test(text);
  } catch {
    // A sample cut in the middle of a character is not an error: retry without its last 3 bytes.
    return bytes.length > 4 && isPlainText(bytes.subarray(0, bytes.length - 3));
  }
}

async function head(path: string, n: number): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

export async function detectType(path: string, name: string): Promise<Detected> {
  if (DANGEROUS_NAME.test(name)) return { ok: false };
  const found = await fileTypeFromFile(path);
  if (found) return ALLOWED.has(found.mime) ? { ok: true, mime: found.mime } : { ok: false };
  const sample = await head(path, 8192);
  return isPlainText(sample) ? { ok: true, mime: 'text/plain' } : { ok: false };
}

const MAX_TEXT = 1_000_000;

async function pdfText(path: string): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const data = new Uint8Array(await readFile(path));
  const doc = await pdfjs.getDocument({ data, isEvalSupported: false, useSystemFonts: false, verbosity: 0 }).promise;
  const pages: string[] = [];
  try {
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent();
      pages.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' '));
    }
  } finally {
    await doc.destroy();
  }
  return pages.join('\n');
}

export const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Types whose text is read by a parser (in a worker thread, files.pool.ts); plain text is read as it is. */
export const PARSED_TEXT = new Set(['application/pdf', DOCX]);

/**
 * The text of a PDF or Word file for search, cut at MAX_TEXT; null for other types. Throws when the
 * file cannot be read. Runs in the extraction worker: the parsers' memory and time are capped there.
 */
export async function parseText(path: string, mime: string): Promise<string | null> {
  let text: string | null = null;
  if (mime === 'application/pdf') text = await pdfText(path);
  else if (mime === DOCX) text = (await mammoth.extractRawText({ path })).value;
  return text === null ? null : text.normalize('NFC').slice(0, MAX_TEXT);
}

/** The text of a plain text file, read in place (it is at most FILE_MAX_BYTES and needs no parser). */
export const plainText = async (path: string) => (await readFile(path, 'utf8')).normalize('NFC').slice(0, MAX_TEXT);
