import { foldVietnamese, fullName } from '../../common/vietnamese.ts';
import type { Rng } from './random.ts';

/**
 * Vietnamese name generator for fictional demo people: family names drawn with their approximate
 * share of the population, middle and given names by gender. Every string is NFC.
 */

export type Gender = 'male' | 'female';

export interface DrawnName {
  familyName: string;
  middleName: string;
  givenName: string;
  gender: Gender;
}

type Weighted = readonly (readonly [string, number])[];

const nfc = (entries: Weighted): Weighted => entries.map(([name, w]) => [name.normalize('NFC'), w] as const);

/** Family names with their approximate share in percent (sums to 100). */
export const FAMILY_NAMES: Weighted = nfc([
  ['Nguyễn', 38], ['Trần', 11], ['Lê', 9.5], ['Phạm', 7], ['Hoàng', 3], ['Huỳnh', 2], ['Phan', 4.5],
  ['Vũ', 2.5], ['Võ', 1.5], ['Đặng', 2], ['Bùi', 2], ['Đỗ', 1.4], ['Hồ', 1.3], ['Ngô', 1.3],
  ['Dương', 1], ['Lý', 0.5], ['Đinh', 1], ['Trịnh', 0.8], ['Đào', 0.8], ['Mai', 0.6], ['Lương', 0.6],
  ['Tạ', 0.4], ['Cao', 0.6], ['Hà', 0.8], ['Đoàn', 0.8], ['Lâm', 0.5], ['Chu', 0.4], ['Kiều', 0.3],
  ['Tô', 0.4], ['Vương', 0.4], ['Nghiêm', 0.3], ['Triệu', 0.4], ['Phùng', 0.5], ['Lại', 0.3],
  ['Đàm', 0.3], ['Thái', 0.4], ['Quách', 0.2], ['Hứa', 0.2], ['La', 0.2], ['Âu', 0.1], ['Nông', 0.2],
]);

export const MIDDLE_NAMES: Record<Gender, Weighted> = {
  male: nfc([
    ['Văn', 30], ['Đức', 8], ['Minh', 8], ['Quốc', 6], ['Hữu', 6], ['Thanh', 5], ['Xuân', 4], ['Công', 4],
    ['Quang', 4], ['Ngọc', 3], ['Trung', 3], ['Mạnh', 2], ['Duy', 3], ['Hoàng', 2], ['Anh', 2], ['Thế', 3],
    ['Đình', 4], ['Việt', 2], ['Hải', 2], ['Tiến', 2], ['Bá', 2], ['Trọng', 2], ['Văn Minh', 1], ['Đức Anh', 1],
  ]),
  female: nfc([
    ['Thị', 34], ['Ngọc', 6], ['Thu', 6], ['Thanh', 5], ['Minh', 4], ['Phương', 3], ['Hồng', 4], ['Thùy', 3],
    ['Kim', 3], ['Lan', 2], ['Mai', 2], ['Bích', 2], ['Hải', 2], ['Thúy', 2], ['Diệu', 1], ['Khánh', 2],
    ['Quỳnh', 1], ['Hoài', 1], ['Thị Thu', 4], ['Thị Thanh', 3], ['Thị Minh', 2], ['Thị Ngọc', 2],
    ['Thị Hồng', 2], ['Thị Kim', 2], ['Thị Lan', 1],
  ]),
};

export const GIVEN_NAMES: Record<Gender, readonly string[]> = {
  male: [
    'Anh', 'Bình', 'Cường', 'Dũng', 'Dương', 'Đạt', 'Đông', 'Đức', 'Giang', 'Hải', 'Hiếu', 'Hiển', 'Hòa',
    'Hoàng', 'Hùng', 'Huy', 'Khánh', 'Khoa', 'Kiên', 'Lâm', 'Long', 'Lực', 'Mạnh', 'Minh', 'Nam', 'Nghĩa',
    'Phong', 'Phúc', 'Quân', 'Quang', 'Sơn', 'Tài', 'Tâm', 'Thắng', 'Thành', 'Thịnh', 'Toàn', 'Trung', 'Tú',
    'Tuấn', 'Tùng', 'Việt', 'Vinh', 'Vũ', 'Hưng', 'Khải', 'Lộc', 'Hậu', 'Định', 'Chiến',
  ].map((n) => n.normalize('NFC')),
  female: [
    'Anh', 'Châu', 'Chi', 'Diệp', 'Dung', 'Duyên', 'Giang', 'Hà', 'Hạnh', 'Hằng', 'Hiền', 'Hoa', 'Huyền',
    'Hương', 'Lan', 'Liên', 'Linh', 'Loan', 'Mai', 'My', 'Nga', 'Ngân', 'Ngọc', 'Nhung', 'Oanh', 'Phương',
    'Quyên', 'Tâm', 'Thảo', 'Thơ', 'Thủy', 'Trang', 'Trâm', 'Uyên', 'Vân', 'Yến', 'Hồng', 'Lý', 'Thư', 'Xuân',
  ].map((n) => n.normalize('NFC')),
};

/**
 * Names of well-known public figures. The generator combines common names at random; a draw that
 * lands on one of these is drawn again, so no demo record reads as a real person.
 */
const RESERVED = new Set(
  [
    'Nguyễn Phú Trọng', 'Vương Đình Huệ', 'Trần Thanh Mẫn', 'Nguyễn Thị Kim Ngân', 'Nguyễn Sinh Hùng',
    'Phạm Minh Chính', 'Nguyễn Xuân Phúc', 'Võ Văn Thưởng', 'Lương Cường', 'Bùi Văn Cường',
    'Nguyễn Hạnh Phúc', 'Lê Quang Tùng', 'Trần Quang Phương', 'Nguyễn Khắc Định', 'Nguyễn Đức Hải',
    'Trần Cẩm Tú', 'Nguyễn Văn Thể', 'Nguyễn Trọng Nghĩa', 'Trần Hồng Hà', 'Lê Minh Hưng',
  ].map((n) => n.normalize('NFC')),
);

export function isReservedName(name: { familyName: string; middleName: string; givenName: string }): boolean {
  return RESERVED.has(fullName(name));
}

/** Draws one fictional name: gender first, then the three parts. */
export function drawName(rng: Rng, gender: Gender = rng.chance(0.5) ? 'male' : 'female'): DrawnName {
  for (;;) {
    const familyName = rng.weighted(FAMILY_NAMES);
    const middleName = rng.weighted(MIDDLE_NAMES[gender]);
    const givenName = rng.pick(GIVEN_NAMES[gender]);
    const name = { familyName, middleName, givenName, gender };
    // "Minh Minh", "Thị Ngọc Ngọc" read as mistakes; a family name as given name too.
    const clash = middleName.split(' ').includes(givenName) || familyName === givenName;
    if (!clash && !isReservedName(name)) return name;
  }
}

/**
 * A demo e-mail address: the given name, a dot, the initials of the other names, plain ASCII, on a
 * domain that says it is demo data ('ha.ntt@demo.congtac.vn'); a number keeps it unique.
 */
export function demoEmail(name: { familyName: string; middleName: string; givenName: string }, taken: Set<string>): string {
  const ascii = (s: string) => foldVietnamese(s).replace(/[^a-z]/g, '');
  const initials = `${name.familyName} ${name.middleName}`.split(/\s+/).filter(Boolean).map((w) => ascii(w)[0] ?? '').join('');
  const base = `${ascii(name.givenName)}.${initials}`;
  let local = base;
  for (let n = 2; taken.has(local); n++) local = `${base}${n}`;
  taken.add(local);
  return `${local}@demo.congtac.vn`;
}

/** A mobile number in the '09xx xxx xxx' pattern. */
export function demoPhone(rng: Rng): string {
  const digits = (n: number) => Array.from({ length: n }, () => rng.int(0, 9)).join('');
  return `09${digits(2)} ${digits(3)} ${digits(3)}`;
}
