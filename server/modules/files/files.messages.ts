import type { Text } from '../../http/i18n.ts';

/** Codes of the limits on parsing uploaded files (files.pool.ts). */
export const filesMessages = {
  'import.file_too_large': {
    vi: 'Tệp Excel khi giải nén quá lớn hoặc nén bất thường (tối đa {max} byte): không đọc tệp này.',
    en: 'The Excel file is too large once uncompressed, or abnormally compressed (at most {max} bytes): it is not read.',
  },
  'import.file_timeout': {
    vi: 'Đọc tệp Excel quá thời gian cho phép: không đọc tệp này.',
    en: 'Reading the Excel file took longer than allowed: it is not read.',
  },
} as const satisfies Record<string, Text>;
