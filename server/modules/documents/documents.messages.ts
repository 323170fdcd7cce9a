import type { Text } from '../../http/i18n.ts';

/** Problem codes of documents, registers and letters: 'document.<rule>', 'incoming.<rule>', 'letter.<rule>', 'file.<rule>'. */
export const documentsMessages = {
  'document.symbol_invalid': {
    vi: 'Số, ký hiệu văn bản không đúng định dạng.',
    en: 'The document number and symbol are not in the right format.',
  },
} as const satisfies Record<string, Text>;
