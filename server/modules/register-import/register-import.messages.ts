import type { Catalog, CodesOf } from '../../http/messages.ts';

/** Problem codes of the register import (incoming, outgoing, letters) and of CSV files of any import. */
export const registerImportMessages = {
  'import.csv_unreadable': {
    vi: 'Không đọc được tệp: tệp không phải Excel (.xlsx) hoặc CSV mã UTF-8.',
    en: 'The file cannot be read: it is neither Excel (.xlsx) nor UTF-8 CSV.',
  },
} as const satisfies Catalog;

declare module '../../http/messages.ts' {
  interface ModuleMessages extends CodesOf<typeof registerImportMessages> {}
}
