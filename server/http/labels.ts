import type { Lang, Text } from './i18n.ts';

/**
 * Words for the raw values problem messages would otherwise print: the state or status a record is in
 * ("Trình ký", not "submitted"), and the field a validation issue is about ("Phiên bản", not
 * `body.version`). The web app's catalogues name the same values for its screens.
 */

type Labels = Record<string, Text>;

/** Both languages of a state list as the Labels a message reads. */
function byValue(l: ValueLabels): Labels {
  return Object.fromEntries(Object.keys(l.vi).map((k) => [k, { vi: l.vi[k] ?? k, en: l.en[k] ?? k }]));
}

/** A closed list's words in both languages, as `common/state-labels.ts` keeps them. */
export interface ValueLabels { vi: Record<string, string>; en: Record<string, string> }

/** By the first part of a problem code ("document"): the values its `state`, `status`, `from` and `to` may hold. */
const STATE_LABELS = new Map<string, Labels>();

/** A module names the states its problem codes print (app.ts registers them with the module's messages). */
export function registerStateLabels(byPrefix: Record<string, ValueLabels>): void {
  for (const [prefix, labels] of Object.entries(byPrefix)) STATE_LABELS.set(prefix, byValue(labels));
}
const STATE_VARS = new Set(['state', 'status', 'from', 'to']);

/** The message's variables with each known state replaced by its label in `lang`; other values unchanged. */
export function labelStates(code: string, lang: Lang, vars: Record<string, string | number>): Record<string, string | number> {
  const labels = STATE_LABELS.get(code.split('.')[0] ?? '');
  if (!labels) return vars;
  return Object.fromEntries(Object.entries(vars).map(([k, v]) => {
    const label = STATE_VARS.has(k) && typeof v === 'string' && Object.hasOwn(labels, v) ? labels[v] : undefined;
    return [k, label ? label[lang] : v];
  }));
}

/** The fields requests name most often, by the last part of the path. */
const FIELD_LABELS: Labels = {
  version: { vi: 'Phiên bản', en: 'Version' },
  date: { vi: 'Ngày', en: 'Date' },
  startsOn: { vi: 'Ngày bắt đầu', en: 'Start date' },
  endsOn: { vi: 'Ngày kết thúc', en: 'End date' },
  startsAt: { vi: 'Thời gian bắt đầu', en: 'Start time' },
  endsAt: { vi: 'Thời gian kết thúc', en: 'End time' },
  title: { vi: 'Tiêu đề', en: 'Title' },
  name: { vi: 'Tên', en: 'Name' },
  summary: { vi: 'Trích yếu', en: 'Summary' },
  body: { vi: 'Nội dung', en: 'Content' },
  text: { vi: 'Nội dung', en: 'Text' },
  note: { vi: 'Ghi chú', en: 'Note' },
  reason: { vi: 'Lý do', en: 'Reason' },
  organizationId: { vi: 'Tổ chức', en: 'Organization' },
  personId: { vi: 'Người', en: 'Person' },
  typeId: { vi: 'Loại văn bản', en: 'Document type' },
  kind: { vi: 'Loại', en: 'Kind' },
  state: { vi: 'Trạng thái', en: 'State' },
  status: { vi: 'Tình trạng', en: 'Status' },
  familyName: { vi: 'Họ', en: 'Family name' },
  middleName: { vi: 'Tên đệm', en: 'Middle name' },
  givenName: { vi: 'Tên', en: 'Given name' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  birthDate: { vi: 'Ngày sinh', en: 'Date of birth' },
  username: { vi: 'Tên đăng nhập', en: 'User name' },
  password: { vi: 'Mật khẩu', en: 'Password' },
  email: { vi: 'Thư điện tử', en: 'E-mail' },
  place: { vi: 'Địa điểm', en: 'Place' },
  dueOn: { vi: 'Hạn', en: 'Due date' },
  issuedOn: { vi: 'Ngày ban hành', en: 'Date of issue' },
  receivedOn: { vi: 'Ngày đến', en: 'Date received' },
  symbol: { vi: 'Số, ký hiệu', en: 'Number and symbol' },
  secrecy: { vi: 'Độ mật', en: 'Secrecy' },
  urgency: { vi: 'Độ khẩn', en: 'Urgency' },
  recipients: { vi: 'Nơi nhận', en: 'Recipients' },
  paragraph: { vi: 'Đoạn', en: 'Paragraph' },
  limit: { vi: 'Số dòng mỗi trang', en: 'Page size' },
  cursor: { vi: 'Vị trí trang', en: 'Page cursor' },
  year: { vi: 'Năm', en: 'Year' },
  month: { vi: 'Tháng', en: 'Month' },
  id: { vi: 'Mã định danh', en: 'Identifier' },
};

/** "Phiên bản" for `body.version`; an array index names the row ("Nơi nhận, dòng 2"); unknown fields stay null. */
export function fieldLabel(path: readonly (string | number)[], lang: Lang): string | null {
  const names = path.filter((p): p is string => typeof p === 'string' && !/^\d+$/.test(p));
  const last = names.at(-1);
  const label = last && Object.hasOwn(FIELD_LABELS, last) ? FIELD_LABELS[last] : undefined;
  if (!label) return null;
  const index = [...path].reverse().find((p) => typeof p === 'number' || /^\d+$/.test(String(p)));
  if (index === undefined) return label[lang];
  return lang === 'vi' ? `${label.vi}, dòng ${Number(index) + 1}` : `${label.en}, row ${Number(index) + 1}`;
}
