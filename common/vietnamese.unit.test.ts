import { describe, expect, it } from 'vitest';
import { foldVietnamese, fullName, personSortKey, splitFullName, toRoman } from './vietnamese.ts';

const key = (full: string) => personSortKey(splitFullName(full));
const sortNames = (names: string[]) => [...names].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));

describe('Vietnamese names', () => {
  it('sorts by given name, then middle, then family name', () => {
    expect(sortNames(['Nguyễn Văn Bình', 'Trần Thị An', 'Lê Văn An', 'Lê An'])).toEqual(['Lê An', 'Trần Thị An', 'Lê Văn An', 'Nguyễn Văn Bình']);
  });
  it('follows the alphabet a ă â b c d đ e ê ... o ô ơ ... u ư, and tones after letters', () => {
    expect(sortNames(['A Ư', 'A U', 'A Ơ', 'A Ô', 'A O', 'A Đ', 'A D', 'A Â', 'A Ă', 'A A'])).toEqual([
      'A A', 'A Ă', 'A Â', 'A D', 'A Đ', 'A O', 'A Ô', 'A Ơ', 'A U', 'A Ư',
    ]);
    expect(sortNames(['X Ạn', 'X Án', 'X Ãn', 'X Ản', 'X Àn', 'X An'])).toEqual(['X An', 'X Àn', 'X Ản', 'X Ãn', 'X Án', 'X Ạn']);
    expect(sortNames(['X Anh', 'X Án', 'X An'])).toEqual(['X An', 'X Án', 'X Anh']);
  });
  it('treats composed and decomposed input alike', () => {
    expect(key('Nguyễn Văn Đức'.normalize('NFD'))).toBe(key('Nguyễn Văn Đức'));
  });
  it('splits and joins full names', () => {
    expect(splitFullName('  Nguyễn  Thị Minh Khai ')).toEqual({ familyName: 'Nguyễn', middleName: 'Thị Minh', givenName: 'Khai' });
    expect(fullName({ familyName: 'Lê', middleName: '', givenName: 'Lợi' })).toBe('Lê Lợi');
  });
  it('folds diacritics and đ for search', () => {
    expect(foldVietnamese('Đảng ủy Cơ quan NGUYỄN')).toBe('dang uy co quan nguyen');
  });
  it('writes congress numbers in Roman numerals', () => {
    expect([1, 4, 9, 13, 14, 40, 2025].map(toRoman)).toEqual(['I', 'IV', 'IX', 'XIII', 'XIV', 'XL', 'MMXXV']);
    expect(() => toRoman(0)).toThrow(RangeError);
  });
});
