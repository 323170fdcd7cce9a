import type { Text } from '../../http/i18n.ts';

/** Problem codes of dues, ratings and imports: 'dues.<rule>', 'rating.<rule>', 'import.<rule>'. */
export const duesMessages = {} as const satisfies Record<string, Text>;
