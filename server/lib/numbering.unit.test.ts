import { describe, expect, it } from 'vitest';
import {
  type NumberingRule,
  arrivalKey,
  authorityLabel,
  formatNumber,
  formatSymbol,
  parseAnySymbol,
  parseSymbol,
  printedNumber,
  sequenceKey,
} from './numbering.ts';

const ADMIN: NumberingRule = { regime: 'administrative', period: 'year', perType: true, secretSeparate: true, padWidth: 2 };
const PARTY: NumberingRule = { regime: 'party', period: 'term', perType: true, secretSeparate: false, padWidth: 2 };
const TYPES = ['QĐ', 'QyĐ', 'CTr', 'TTr', 'BC', 'KH'];

describe('document numbers and symbols', () => {
  it('pads numbers below 10 and refuses zero or fractions', () => {
    expect(formatNumber(5, 2)).toBe('05');
    expect(formatNumber(15, 2)).toBe('15');
    expect(formatNumber(1234, 2)).toBe('1234');
    expect(() => formatNumber(0, 2)).toThrow(RangeError);
    expect(() => formatNumber(1.5, 2)).toThrow(RangeError);
  });

  it('formats administrative symbols: typed, công văn with the drafting unit', () => {
    expect(formatSymbol('administrative', { number: 15, typeAbbreviation: 'QĐ', issuerCode: 'VPQH', unitCode: null })).toBe('15/QĐ-VPQH');
    expect(formatSymbol('administrative', { number: 5, typeAbbreviation: null, issuerCode: 'VPQH', unitCode: 'TH' })).toBe('05/VPQH-TH');
    expect(formatSymbol('administrative', { number: 3, typeAbbreviation: 'QyĐ', issuerCode: 'VPQH', unitCode: null })).toBe('03/QyĐ-VPQH');
    expect(() => formatSymbol('administrative', { number: 5, typeAbbreviation: null, issuerCode: 'VPQH', unitCode: null })).toThrow(RangeError);
  });

  it('formats party symbols with a hyphen and a slash, padded like the examples', () => {
    expect(formatSymbol('party', { number: 12, typeAbbreviation: 'QĐ', issuerCode: 'ĐU', unitCode: null })).toBe('12-QĐ/ĐU');
    expect(formatSymbol('party', { number: 1, typeAbbreviation: 'BC', issuerCode: 'CB', unitCode: null })).toBe('01-BC/CB');
    expect(() => formatSymbol('party', { number: 1, typeAbbreviation: null, issuerCode: 'CB', unitCode: null })).toThrow(RangeError);
    expect(() => formatSymbol('party', { number: 1, typeAbbreviation: 'BC', issuerCode: 'C B', unitCode: null })).toThrow(RangeError);
  });

  it('prints the number line with a colon only in the administrative regime', () => {
    expect(printedNumber('administrative', '15/QĐ-VPQH')).toBe('Số: 15/QĐ-VPQH');
    expect(printedNumber('party', '45-CT/TW')).toBe('Số 45-CT/TW');
  });

  it('parses symbols back, telling a typed symbol from a công văn by the known abbreviations', () => {
    expect(parseSymbol('administrative', '15/QĐ-VPQH', TYPES)).toMatchObject({ number: 15, typeAbbreviation: 'QĐ', issuerCode: 'VPQH', unitCode: null });
    expect(parseSymbol('administrative', '05/VPQH-TH', TYPES)).toMatchObject({ number: 5, typeAbbreviation: null, issuerCode: 'VPQH', unitCode: 'TH' });
    expect(parseSymbol('administrative', '30/2020/NĐ-CP')).toMatchObject({ number: 30, year: 2020, typeAbbreviation: 'NĐ', issuerCode: 'CP' });
    expect(parseSymbol('party', '45-CT/TW')).toMatchObject({ number: 45, typeAbbreviation: 'CT', issuerCode: 'TW' });
    expect(parseSymbol('party', '12-HD/BTCTW')).toMatchObject({ number: 12, typeAbbreviation: 'HD', issuerCode: 'BTCTW' });
  });

  it('refuses symbols in the wrong format', () => {
    for (const bad of ['', 'QĐ-VPQH', '15-QĐ-VPQH', '15/', '15/QĐ', '0/QĐ-VPQH', 'abc/QĐ-VPQH', '15/QĐ VPQH', '15/QĐ-VPQH-']) {
      expect(parseSymbol('administrative', bad, TYPES), bad).toBeNull();
    }
    for (const bad of ['45/CT-TW', '45-CT', '45-CT/', '-CT/TW', '0-CT/TW', '45 - CT/TW']) {
      expect(parseSymbol('party', bad), bad).toBeNull();
    }
    expect(parseAnySymbol('số 15 ngày 5/1')).toBeNull();
    expect(parseAnySymbol('45-CT/TW')?.regime).toBe('party');
    expect(parseAnySymbol('15/QĐ-VPQH')?.regime).toBe('administrative');
  });

  it('round-trips every formatted symbol', () => {
    for (const n of [1, 9, 10, 99, 100, 2026]) {
      const admin = formatSymbol('administrative', { number: n, typeAbbreviation: 'CTr', issuerCode: 'VPQH', unitCode: null });
      expect(parseSymbol('administrative', admin, TYPES)?.number).toBe(n);
      const party = formatSymbol('party', { number: n, typeAbbreviation: 'QĐi', issuerCode: 'ĐUK', unitCode: null });
      expect(parseSymbol('party', party)?.number).toBe(n);
    }
  });
});

describe('sequences', () => {
  const of = { issuerOrganizationId: 'org', typeKey: 'quyet_dinh', year: 2026, termId: 'term1', secret: false };

  it('administrative: per year and type, secret documents apart', () => {
    expect(sequenceKey(ADMIN, of)).toBe('administrative|org|y2026|quyet_dinh|normal');
    expect(sequenceKey(ADMIN, { ...of, secret: true })).toBe('administrative|org|y2026|quyet_dinh|secret');
    expect(sequenceKey(ADMIN, { ...of, year: 2027 })).not.toBe(sequenceKey(ADMIN, of));
    expect(sequenceKey({ ...ADMIN, perType: false }, of)).toBe('administrative|org|y2026|*|normal');
  });

  it('party: per type over the term, secret documents continue the normal sequence', () => {
    expect(sequenceKey(PARTY, of)).toBe('party|org|tterm1|quyet_dinh|normal');
    expect(sequenceKey(PARTY, { ...of, secret: true })).toBe(sequenceKey(PARTY, of));
    expect(sequenceKey(PARTY, { ...of, year: 2027 })).toBe(sequenceKey(PARTY, of));
    expect(() => sequenceKey(PARTY, { ...of, termId: null })).toThrow(RangeError);
  });

  it('keeps arrival numbers per register, organization and year', () => {
    expect(arrivalKey('incoming', 'org', 2026)).toBe('incoming|org|y2026');
    expect(arrivalKey('letter', 'org', 2026)).not.toBe(arrivalKey('incoming', 'org', 2026));
  });

  it('prints signing authority per regime', () => {
    expect(authorityLabel('administrative', 'KT')).toBe('KT.');
    expect(authorityLabel('party', 'TM')).toBe('T/M');
    expect(authorityLabel('party', 'none')).toBe('');
  });
});
