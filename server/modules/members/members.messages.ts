import type { Text } from '../../http/i18n.ts';

/** Problem codes of the member register: 'member.<rule>'. */
export const membersMessages = {} as const satisfies Record<string, Text>;
