import { Space, Tag } from 'antd';
import { useDocsT } from './i18n';
import type { DocumentState, IncomingState, LetterState, SecrecyLevel, Urgency } from './types';

const STATE_COLORS: Record<DocumentState, string> = { draft: 'default', submitted: 'processing', signed: 'cyan', issued: 'success', recalled: 'error' };
const URGENCY_COLORS: Record<Urgency, string> = { thuong: 'default', khan: 'orange', thuong_khan: 'volcano', hoa_toc: 'red' };
const INCOMING_COLORS: Record<IncomingState, string> = { registered: 'default', directed: 'processing', done: 'success' };
const LETTER_COLORS: Record<LetterState, string> = { received: 'default', in_progress: 'processing', answered: 'success' };

export function StateTag({ state }: { state: DocumentState }) {
  const { t } = useDocsT();
  return <Tag color={STATE_COLORS[state]} data-testid="document-state">{t(`states.${state}`)}</Tag>;
}

export function IncomingStateTag({ state }: { state: IncomingState }) {
  const { t } = useDocsT();
  return <Tag color={INCOMING_COLORS[state]}>{t(`incomingStates.${state}`)}</Tag>;
}

export function LetterStateTag({ state }: { state: LetterState }) {
  const { t } = useDocsT();
  return <Tag color={LETTER_COLORS[state]}>{t(`letterStates.${state}`)}</Tag>;
}

/** Urgency and secrecy, shown only when they are not ordinary. */
export function Markings({ urgency, secrecy }: { urgency: Urgency; secrecy: SecrecyLevel }) {
  const { t } = useDocsT();
  if (urgency === 'thuong' && secrecy === 'none') return null;
  return (
    <Space size={2}>
      {urgency !== 'thuong' && <Tag color={URGENCY_COLORS[urgency]}>{t(`urgencies.${urgency}`)}</Tag>}
      {secrecy !== 'none' && <Tag color="red">{t(`secrecies.${secrecy}`)}</Tag>}
    </Space>
  );
}

/** Lines of a text area as a list, blank lines dropped. */
export const lines = (text: string | null | undefined): string[] =>
  (text ?? '').split('\n').map((s) => s.trim()).filter(Boolean);
