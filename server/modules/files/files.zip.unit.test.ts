import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Document, Packer, Paragraph } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { docxBomb } from './files.bomb.fixtures.ts';
import { DOCX } from './files.content.ts';
import { Extraction } from './files.pool.ts';
import { bufferReader, overLimits, zipFileTotals, zipTotals } from './files.zip.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'congtac-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const limits = { maxUncompressed: 100 * 1024 * 1024, maxRatio: 100 };
const settings = { EXTRACT_MAX_UNCOMPRESSED_BYTES: limits.maxUncompressed, EXTRACT_MAX_RATIO: limits.maxRatio, EXTRACT_TIMEOUT_MS: 15_000, EXTRACT_MEMORY_MB: 128, EXTRACT_THREADS: 1 };

describe('zip central directory', () => {
  it('reads the declared sizes of a bomb without inflating it, and of an ordinary Word file', async () => {
    const bomb = docxBomb(300);
    const t = await zipTotals(bufferReader(bomb), bomb.length);
    expect(t).toMatchObject({ entries: 2, uncompressed: expect.any(Number) });
    expect(t!.uncompressed).toBeGreaterThan(300 * 1024 * 1024);
    expect(overLimits(t!, limits)).toBe(true);
    // Under the total but compressed 1,000 to 1: refused by the ratio.
    expect(overLimits(t!, { ...limits, maxUncompressed: 1e12 })).toBe(true);
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Tờ trình')] }] }));
    const file = path.join(dir, 'to-trinh.docx');
    writeFileSync(file, docx);
    const ok = await zipFileTotals(file);
    expect(ok!.entries).toBeGreaterThan(3);
    expect(overLimits(ok!, limits)).toBe(false);
    expect(await zipTotals(bufferReader(Buffer.from('not a zip')), 9)).toBeNull();
  });

  it('stops a task past the time limit and reports a timeout', async () => {
    const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Kế hoạch')] }] }));
    const file = path.join(dir, 'ke-hoach.docx');
    writeFileSync(file, docx);
    const slow = new Extraction({ ...settings, EXTRACT_TIMEOUT_MS: 1 });
    const fast = new Extraction(settings);
    try {
      expect(await slow.text(file, DOCX)).toEqual({ text: null, textStatus: 'timeout' });
      expect(await fast.text(file, DOCX)).toEqual({ text: 'Kế hoạch\n\n', textStatus: 'extracted' });
    } finally {
      await Promise.all([slow.close(), fast.close()]);
    }
  }, 60_000); // a worker's first start loads the parsers: seconds on a busy machine
});
