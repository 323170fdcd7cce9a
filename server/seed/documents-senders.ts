import type { Rng } from './random.ts';

/**
 * Who writes to a register: real issuing bodies with the abbreviations their symbols carry (the documents
 * and their numbers are fictional). A party committee's register is filled mostly by the Party's bodies,
 * an agency's mostly by the State's; each body writes at its own rate, and its numbers run through the year.
 */

export interface Sender {
  name: string;
  code: string;
  regime: 'party' | 'administrative';
  /** How often it writes, relative to the others. */
  weight: number;
}

const party = (name: string, code: string, weight: number): Sender => ({ name, code, regime: 'party', weight });
const state = (name: string, code: string, weight: number): Sender => ({ name, code, regime: 'administrative', weight });

export const SENDERS: readonly Sender[] = [
  // The superior committee and the Party's central bodies.
  party('Đảng ủy Khối các cơ quan Trung ương', 'ĐUK', 30),
  party('Ủy ban Kiểm tra Đảng ủy Khối các cơ quan Trung ương', 'UBKTĐUK', 6),
  party('Ban Tổ chức Đảng ủy Khối các cơ quan Trung ương', 'BTCĐUK', 5),
  party('Ban Tuyên giáo và Dân vận Đảng ủy Khối các cơ quan Trung ương', 'BTGDVĐUK', 4),
  party('Văn phòng Đảng ủy Khối các cơ quan Trung ương', 'VPĐUK', 5),
  party('Đảng ủy Quốc hội', 'ĐUQH', 10),
  party('Ban Bí thư', 'TW', 3),
  party('Bộ Chính trị', 'TW', 2),
  party('Ban Chấp hành Trung ương', 'TW', 1),
  party('Văn phòng Trung ương Đảng', 'VPTW', 8),
  party('Ban Tổ chức Trung ương', 'BTCTW', 8),
  party('Ban Tuyên giáo và Dân vận Trung ương', 'BTGDVTW', 6),
  party('Ủy ban Kiểm tra Trung ương', 'UBKTTW', 4),
  party('Ban Nội chính Trung ương', 'BNCTW', 3),
  party('Ban Chính sách, chiến lược Trung ương', 'BCSCLTW', 3),
  party('Ban Đối ngoại Trung ương', 'BĐNTW', 2),
  party('Hội đồng Lý luận Trung ương', 'HĐLLTW', 1),
  party('Ban Chỉ đạo Trung ương về phòng, chống tham nhũng, lãng phí, tiêu cực', 'BCĐTW', 2),
  party('Học viện Chính trị quốc gia Hồ Chí Minh', 'HVCTQG', 1),
  party('Đảng ủy Chính phủ', 'ĐUCP', 2),
  party('Đảng ủy Mặt trận Tổ quốc, các đoàn thể Trung ương', 'ĐUMTTW', 1),
  party('Thành ủy Hà Nội', 'TU', 2),
  party('Thành ủy Thành phố Hồ Chí Minh', 'TU', 1),
  party('Tỉnh ủy Bắc Ninh', 'TU', 1),
  party('Tỉnh ủy Nghệ An', 'TU', 1),
  party('Đoàn Thanh niên Cộng sản Hồ Chí Minh Khối các cơ quan Trung ương', 'ĐTNK', 2),
  // The National Assembly and its bodies.
  state('Ủy ban Thường vụ Quốc hội', 'UBTVQH15', 14),
  state('Tổng Thư ký Quốc hội', 'TTKQH', 6),
  state('Hội đồng Dân tộc', 'HĐDT15', 3),
  state('Ủy ban Pháp luật và Tư pháp', 'UBPLTP15', 4),
  state('Ủy ban Kinh tế và Tài chính', 'UBKTTC15', 4),
  state('Ủy ban Quốc phòng, An ninh và Đối ngoại', 'UBQPANĐN15', 2),
  state('Ủy ban Văn hóa và Xã hội', 'UBVHXH15', 3),
  state('Ủy ban Khoa học, Công nghệ và Môi trường', 'UBKHCNMT15', 2),
  state('Ủy ban Dân nguyện và Giám sát', 'UBDNGS15', 3),
  state('Ủy ban Công tác đại biểu', 'UBCTĐB', 3),
  state('Viện Nghiên cứu lập pháp', 'VNCLP', 1),
  state('Đoàn đại biểu Quốc hội thành phố Hà Nội', 'ĐĐBQH', 2),
  state('Đoàn đại biểu Quốc hội tỉnh Thanh Hóa', 'ĐĐBQH', 1),
  state('Đoàn đại biểu Quốc hội tỉnh Quảng Ninh', 'ĐĐBQH', 1),
  // The Government, its ministries and the other central bodies of the State.
  state('Chính phủ', 'CP', 2),
  state('Thủ tướng Chính phủ', 'TTg', 2),
  state('Văn phòng Chính phủ', 'VPCP', 8),
  state('Văn phòng Chủ tịch nước', 'VPCTN', 2),
  state('Bộ Nội vụ', 'BNV', 7),
  state('Bộ Tài chính', 'BTC', 6),
  state('Bộ Tư pháp', 'BTP', 4),
  state('Bộ Công an', 'BCA', 3),
  state('Bộ Quốc phòng', 'BQP', 2),
  state('Bộ Ngoại giao', 'BNG', 3),
  state('Bộ Công Thương', 'BCT', 2),
  state('Bộ Nông nghiệp và Môi trường', 'BNNMT', 2),
  state('Bộ Xây dựng', 'BXD', 2),
  state('Bộ Khoa học và Công nghệ', 'BKHCN', 3),
  state('Bộ Giáo dục và Đào tạo', 'BGDĐT', 2),
  state('Bộ Y tế', 'BYT', 2),
  state('Bộ Văn hóa, Thể thao và Du lịch', 'BVHTTDL', 2),
  state('Bộ Dân tộc và Tôn giáo', 'BDTTG', 1),
  state('Ngân hàng Nhà nước Việt Nam', 'NHNN', 1),
  state('Thanh tra Chính phủ', 'TTCP', 2),
  state('Kiểm toán nhà nước', 'KTNN', 3),
  state('Tòa án nhân dân tối cao', 'TANDTC', 1),
  state('Viện kiểm sát nhân dân tối cao', 'VKSTC', 1),
  state('Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam', 'MTTW', 2),
  state('Tổng Liên đoàn Lao động Việt Nam', 'TLĐ', 1),
  state('Công đoàn Viên chức Việt Nam', 'CĐVC', 3),
  state('Ủy ban nhân dân thành phố Hà Nội', 'UBND', 2),
  state('Ủy ban nhân dân tỉnh Ninh Bình', 'UBND', 1),
  state('Ủy ban nhân dân thành phố Đà Nẵng', 'UBND', 1),
  state('Hội đồng nhân dân thành phố Hải Phòng', 'HĐND', 1),
];

/** [type abbreviation (null: công văn), type name, weight] of what each regime's senders write. */
export const INCOMING_TYPES = {
  party: [['CV', 'Công văn', 30], ['HD', 'Hướng dẫn', 10], ['TB', 'Thông báo', 12], ['KH', 'Kế hoạch', 10], ['QĐ', 'Quyết định', 6], ['KL', 'Kết luận', 3], ['CT', 'Chỉ thị', 2], ['BC', 'Báo cáo', 4], ['NQ', 'Nghị quyết', 2], ['CTr', 'Chương trình', 2], ['QĐi', 'Quy định', 1]],
  administrative: [[null, 'Công văn', 35], ['TB', 'Thông báo', 10], ['KH', 'Kế hoạch', 8], ['QĐ', 'Quyết định', 8], ['GM', 'Giấy mời', 10], ['NQ', 'Nghị quyết', 3], ['BC', 'Báo cáo', 4], ['HD', 'Hướng dẫn', 3], ['CĐ', 'Công điện', 1], ['TTr', 'Tờ trình', 2]],
} as const satisfies Record<Sender['regime'], readonly (readonly [string | null, string, number])[]>;

/** A weighted draw by binary search over cumulative weights: the same draw as Rng.weighted, fast for long lists. */
export function weightedPicker<T>(entries: readonly (readonly [T, number])[]): (rng: Rng) => T {
  const values = entries.map(([v]) => v);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, w] of entries) cumulative.push((total += w));
  return (rng) => {
    const r = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cumulative[mid] ?? 0) > r) hi = mid;
      else lo = mid + 1;
    }
    return values[lo] as T;
  };
}

/** What a register of the given regime receives: the bodies of its own regime, and fewer of the other. */
export function senderPicker(regime: Sender['regime']): (rng: Rng) => Sender {
  return weightedPicker(SENDERS.map((s) => [s, s.regime === regime ? s.weight : s.weight * 0.15] as const));
}

const TYPE_PICKERS = {
  party: weightedPicker(INCOMING_TYPES.party.map(([a, name, w]) => [[a, name] as const, w] as const)),
  administrative: weightedPicker(INCOMING_TYPES.administrative.map(([a, name, w]) => [[a, name] as const, w] as const)),
};

export const incomingType = (rng: Rng, s: Sender): readonly [string | null, string] => TYPE_PICKERS[s.regime](rng);

const ADMIN_UNITS = ['VP', 'TCCB', 'TH', 'KHTC', 'PC', 'TTr', 'HTQT', 'VX', 'KT'] as const;

/**
 * The symbol of a document the body sent on `day`: its number runs through the year at the body's rate
 * (the busier the body, the higher the numbers), "123-CV/ĐUK" or "45/BNV-TCCB", "12/QĐ-BNV".
 */
export function senderSymbol(rng: Rng, s: Sender, abbreviation: string | null, day: string): string {
  const dayOfYear = Math.floor((Date.parse(`${day}T00:00:00Z`) - Date.parse(`${day.slice(0, 4)}-01-01T00:00:00Z`)) / 86_400_000);
  const rate = 0.2 + s.weight * 0.12;
  const n = Math.max(1, Math.round(dayOfYear * rate * (0.85 + rng.next() * 0.3)) + rng.int(-3, 3));
  if (s.regime === 'party') return `${n}-${abbreviation ?? 'CV'}/${s.code}`;
  return abbreviation ? `${n}/${abbreviation}-${s.code}` : `${n}/${s.code}-${rng.pick(ADMIN_UNITS)}`;
}
