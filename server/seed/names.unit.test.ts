import { describe, expect, it } from 'vitest';
import { type DrawnName, FAMILY_NAMES, GIVEN_NAMES, MIDDLE_NAMES, demoEmail, demoPhone, drawName, isReservedName } from './names.ts';
import { Rng, demoId } from './random.ts';

const draws = (seed: number, n: number): DrawnName[] => {
  const rng = new Rng(seed);
  return Array.from({ length: n }, () => drawName(rng));
};

describe('demo name generator', () => {
  const sample = draws(7, 10_000);

  it('writes every part in NFC, non-empty, with the middle and given names of the drawn gender', () => {
    for (const n of sample) {
      for (const part of [n.familyName, n.middleName, n.givenName]) {
        expect(part.length).toBeGreaterThan(0);
        expect(part).toBe(part.normalize('NFC'));
      }
      expect(MIDDLE_NAMES[n.gender].some(([m]) => m === n.middleName)).toBe(true);
      expect(GIVEN_NAMES[n.gender]).toContain(n.givenName);
      expect(n.middleName.split(' ')).not.toContain(n.givenName);
    }
    const women = sample.filter((n) => n.gender === 'female');
    expect(women.length / sample.length).toBeGreaterThan(0.45);
    expect(women.length / sample.length).toBeLessThan(0.55);
    expect(women.filter((n) => n.middleName.startsWith('Thị')).length / women.length).toBeGreaterThan(0.4);
    expect(sample.filter((n) => n.gender === 'male' && n.middleName.includes('Thị'))).toEqual([]);
  });

  it('draws family names with roughly their share of the population', () => {
    const counts = new Map<string, number>();
    for (const n of sample) counts.set(n.familyName, (counts.get(n.familyName) ?? 0) + 1);
    const share = (name: string) => (counts.get(name) ?? 0) / sample.length;
    expect(share('Nguyễn')).toBeGreaterThan(0.36);
    expect(share('Nguyễn')).toBeLessThan(0.4);
    expect(share('Trần')).toBeGreaterThan(0.095);
    expect(share('Trần')).toBeLessThan(0.125);
    expect(share('Lê')).toBeGreaterThan(0.08);
    expect(share('Lê')).toBeLessThan(0.11);
    expect(share('Hoàng') + share('Huỳnh')).toBeGreaterThan(0.04);
    expect(share('Hoàng') + share('Huỳnh')).toBeLessThan(0.06);
    const total = FAMILY_NAMES.reduce((s, [, w]) => s + w, 0);
    for (const [name, weight] of FAMILY_NAMES) expect(Math.abs(share(name) - weight / total)).toBeLessThan(0.015);
    expect(new Set(counts.keys())).toEqual(new Set(FAMILY_NAMES.map(([n]) => n)));
  });

  it('is deterministic: the same seed gives the same names, another seed other names', () => {
    const key = (ns: DrawnName[]) => ns.map((n) => `${n.familyName} ${n.middleName} ${n.givenName}/${n.gender}`).join(';');
    expect(key(draws(42, 500))).toBe(key(draws(42, 500)));
    expect(key(draws(43, 500))).not.toBe(key(draws(42, 500)));
  });

  it("draws again when it lands on a well-known public figure's name", () => {
    // An Rng whose picks are scripted: first "Bùi Văn Cường" (reserved), then "Bùi Văn Hùng".
    class Scripted extends Rng {
      private readonly script = ['Bùi', 'Văn', 'Cường', 'Bùi', 'Văn', 'Hùng'];
      private nextValue(): string {
        const v = this.script.shift();
        if (v === undefined) throw new Error('script exhausted');
        return v;
      }
      override weighted<T>(): T {
        return this.nextValue() as T;
      }
      override pick<T>(): T {
        return this.nextValue() as T;
      }
    }
    expect(isReservedName({ familyName: 'Bùi', middleName: 'Văn', givenName: 'Cường' })).toBe(true);
    const n = drawName(new Scripted(1), 'male');
    expect([n.familyName, n.middleName, n.givenName]).toEqual(['Bùi', 'Văn', 'Hùng']);
  });

  it('makes plain-ASCII demo e-mail addresses, unique, and 09xx xxx xxx phone numbers', () => {
    const taken = new Set<string>();
    const name = { familyName: 'Nguyễn', middleName: 'Thị Thu', givenName: 'Hà' };
    expect(demoEmail(name, taken)).toBe('ha.ntt@demo.congtac.vn');
    expect(demoEmail(name, taken)).toBe('ha.ntt2@demo.congtac.vn');
    expect(demoEmail({ familyName: 'Đặng', middleName: 'Đức', givenName: 'Đạt' }, taken)).toBe('dat.dd@demo.congtac.vn');
    const rng = new Rng(3);
    for (let i = 0; i < 100; i++) expect(demoPhone(rng)).toMatch(/^09\d{2} \d{3} \d{3}$/);
  });

  it('derives stable ids shaped as version 4 UUIDs', () => {
    expect(demoId('person:1')).toBe(demoId('person:1'));
    expect(demoId('person:1')).not.toBe(demoId('person:2'));
    for (let i = 0; i < 50; i++) {
      expect(demoId(`k${i}`)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
  });
});
