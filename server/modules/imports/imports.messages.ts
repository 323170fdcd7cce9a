import type { Catalog, CodesOf } from '../../http/messages.ts';

/** Problem codes every import shares: reading the file, its size, its rows. */
export const importsMessages = {
  'import.file_unreadable': {
    vi: 'Không đọc được tệp Excel (.xlsx).',
    en: 'The Excel (.xlsx) file cannot be read.',
  },
  'import.rows_invalid': {
    vi: 'Tệp có {count} lỗi; chưa nhập dòng nào.',
    en: 'The file has {count} errors; nothing was imported.',
  },
  'import.too_many_rows': {
    vi: 'Tệp có quá nhiều dòng (tối đa {max}).',
    en: 'The file has too many rows (at most {max}).',
  },
  'import.empty': { vi: 'Tệp không có dòng dữ liệu nào.', en: 'The file has no data rows.' },
  'import.file_too_large': {
    vi: 'Tệp Excel khi giải nén quá lớn hoặc nén bất thường (tối đa {max} byte): không đọc tệp này.',
    en: 'The Excel file is too large once uncompressed, or abnormally compressed (at most {max} bytes): it is not read.',
  },
  'import.file_timeout': {
    vi: 'Đọc tệp Excel quá thời gian cho phép: không đọc tệp này.',
    en: 'Reading the Excel file took longer than allowed: it is not read.',
  },
} as const satisfies Catalog;

declare module '../../http/messages.ts' {
  interface ModuleMessages extends CodesOf<typeof importsMessages> {}
}
