import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { TarWriter, readTar } from './tar.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'congtac-tar-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function entriesOf(archive: string) {
  const out: Record<string, Buffer> = {};
  await readTar(archive, (name) => {
    const chunks: Buffer[] = [];
    return { write: (c) => void chunks.push(Buffer.from(c)), end: () => void (out[name] = Buffer.concat(chunks)) };
  });
  return out;
}

describe('tar', () => {
  const big = Buffer.alloc(300_000, 7);
  const contents: Record<string, Buffer> = { 'empty.txt': Buffer.alloc(0), 'block.bin': Buffer.alloc(512, 1), 'dir/big.bin': big, 'tên tiếng Việt.txt': Buffer.from('Đảng bộ\n') };

  for (const name of ['plain.tar', 'packed.tar.gz']) {
    it(`round-trips files of every size through ${name}, readable by the system's tar too`, async () => {
      const source = path.join(dir, 'big.bin');
      fs.writeFileSync(source, big);
      const archive = path.join(dir, name);
      const w = TarWriter.create(archive);
      for (const [n, data] of Object.entries(contents)) {
        if (n === 'dir/big.bin') expect(await w.addFile(n, source)).toBe(big.length);
        else await w.addBuffer(n, data);
      }
      await w.finish();
      expect(await entriesOf(archive)).toEqual(contents);
      const listed = execFileSync('tar', ['-tf', archive], { encoding: 'utf8' }).trim().split('\n');
      expect(listed).toEqual(Object.keys(contents));
    });
  }

  it('refuses to overwrite an archive, and finds one cut short', async () => {
    const archive = path.join(dir, 'plain.tar');
    expect(() => TarWriter.create(archive)).toThrow(/EEXIST/);
    const cut = path.join(dir, 'cut.tar');
    fs.writeFileSync(cut, fs.readFileSync(archive).subarray(0, 4096));
    await expect(entriesOf(cut)).rejects.toThrow(/ends early/);
  });
});
