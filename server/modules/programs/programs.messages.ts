import type { Text } from '../../http/i18n.ts';

/** Problem codes of programs, task progress and reports: 'program.<rule>', 'task.<rule>', 'report.<rule>'. */
export const programsMessages = {
  'program.period_invalid': { vi: 'Kỳ của chương trình không hợp lệ.', en: "The program's period is not valid." },
} as const satisfies Record<string, Text>;
