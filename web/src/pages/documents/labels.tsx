import { Col, type ColProps, Form, Select, Space, Tag } from 'antd';
import { useDocsT } from './i18n';
import { type DocumentState, type IncomingState, type LetterState, SECRECY_LEVELS, type SecrecyLevel, URGENCIES, type Urgency } from './types';

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

/** The urgency and secrecy fields of a form (fields 'urgency' and 'secrecy'), each in its column. */
export function MarkingFields({ urgency, secrecy }: { urgency: ColProps; secrecy: ColProps }) {
  const { t } = useDocsT();
  return (
    <>
      <Col {...urgency}>
        <Form.Item name="urgency" label={t('fields.urgency')}>
          <Select options={URGENCIES.map((u) => ({ value: u, label: t(`urgencies.${u}`) }))} />
        </Form.Item>
      </Col>
      <Col {...secrecy}>
        <Form.Item name="secrecy" label={t('fields.secrecy')}>
          <Select options={SECRECY_LEVELS.map((s) => ({ value: s, label: t(`secrecies.${s}`) }))} />
        </Form.Item>
      </Col>
    </>
  );
}
