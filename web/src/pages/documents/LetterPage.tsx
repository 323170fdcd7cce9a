import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, Space, Tag, Timeline, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, isApiError } from '../../api/api';
import { useMe } from '../../auth/session';
import { EntityHistory } from '../../components/EntityHistory';
import { errorText } from '../../components/errors';
import { FormModal } from '../../components/FormModal';
import { required } from '../../components/forms';
import { PageTitle } from '../../components/PageTitle';
import { DISPLAY_DAY, formatDay, toDay, today } from '../../lib/dates';
import { can } from '../../lib/permissions';
import { useDocsT } from './i18n';
import { LetterStateTag } from './labels';
import { letterKey, useLetter } from './queries';
import type { LetterDetail } from './types';

function LetterActions({ l }: { l: LetterDetail }) {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const qc = useQueryClient();
  const [dialog, setDialog] = useState<'step' | 'answer' | null>(null);
  const done = () => void qc.invalidateQueries({ queryKey: letterKey(l.id) });
  return (
    <Space wrap>
      {l.state !== 'answered' && <Button onClick={() => setDialog('step')}>{t('letters.addStep')}</Button>}
      {l.state !== 'answered' && <Button type="primary" onClick={() => setDialog('answer')}>{t('letters.answer')}</Button>}
      <FormModal<{ note: string; onDay?: Dayjs }> open={dialog === 'step'} title={t('letters.addStep')} onClose={() => setDialog(null)} onDone={done}
        submit={(v) => api.post('/api/v1/letters/:id/steps', { params: { id: l.id }, body: { note: v.note, ...(v.onDay ? { onDay: toDay(v.onDay) } : {}) } })}>
        <Form.Item name="note" label={t('letters.stepNote')} rules={[required(tc, t('letters.stepNote'))]}><Input.TextArea autoSize={{ minRows: 3 }} /></Form.Item>
        <Form.Item name="onDay" label={t('letters.receivedOn')}><DatePicker format={DISPLAY_DAY} /></Form.Item>
      </FormModal>
      <FormModal<{ answer: string; answeredOn?: Dayjs }> open={dialog === 'answer'} title={t('letters.answer')} onClose={() => setDialog(null)} onDone={done} reload={[letterKey(l.id)]}
        fieldFor={{ 'letter.answered_before_received': 'answeredOn' }}
        submit={(v) => api.post('/api/v1/letters/:id/answer', { params: { id: l.id }, body: { version: l.version, answer: v.answer, ...(v.answeredOn ? { answeredOn: toDay(v.answeredOn) } : {}) } })}>
        <Form.Item name="answer" label={t('letters.answerText')} rules={[required(tc, t('letters.answerText'))]}><Input.TextArea autoSize={{ minRows: 4 }} /></Form.Item>
        <Form.Item name="answeredOn" label={t('letters.answeredOn')}><DatePicker format={DISPLAY_DAY} /></Form.Item>
      </FormModal>
    </Space>
  );
}

/** /letters/:id: a letter, its deadline, where it is handled, its steps and the answer. */
export function LetterPage() {
  const { id = '' } = useParams();
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const { data: me } = useMe();
  const letter = useLetter(id);
  const back = <Link to="/letters"><ArrowLeftOutlined /> {t('letters.back')}</Link>;
  if (letter.error) {
    const missing = isApiError(letter.error) && letter.error.status === 404;
    return <>{back}<Alert style={{ marginTop: 16 }} type="error" showIcon title={missing ? t('letters.notFound') : errorText(letter.error, tc)} /></>;
  }
  const l = letter.data;
  if (!l) return <Card loading />;
  const late = l.state !== 'answered' && l.deadline < today();
  return (
    <>
      {back}
      <PageTitle
        title={`${t(`letterKinds.${l.kind}`)} — ${l.senderName}`}
        sub={<Space><LetterStateTag state={l.state} /><Tag color={l.handler === 'inspection_committee' ? 'purple' : 'default'}>{t(`handlers.${l.handler}`)}</Tag>{late && <Tag color="red">{t('letters.overdue')}</Tag>}</Space>}
        extra={can(me, 'letters.write') && <LetterActions l={l} />}
      />
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Card>
          <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
            <Descriptions.Item label={t('letters.arrival')}>{l.arrivalNumber}/{l.year}</Descriptions.Item>
            <Descriptions.Item label={t('letters.receivedOn')}>{formatDay(l.receivedOn)}</Descriptions.Item>
            <Descriptions.Item label={t('letters.senderName')}>{l.senderName}</Descriptions.Item>
            <Descriptions.Item label={t('letters.senderAddress')}>{l.senderAddress ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('letters.deadline')}><Typography.Text type={late ? 'danger' : undefined}>{formatDay(l.deadline)}</Typography.Text></Descriptions.Item>
            <Descriptions.Item label={t('letters.concernedPerson')}>{l.concernsMember ? (l.concernedPersonName ?? t('letters.concernsMember')) : '—'}</Descriptions.Item>
            <Descriptions.Item label={t('letters.summary')} span={2}>{l.summary}</Descriptions.Item>
            {l.answer && <Descriptions.Item label={t('letters.answer')} span={2}>{formatDay(l.answeredOn)} — {l.answer}</Descriptions.Item>}
          </Descriptions>
        </Card>
        <Card title={t('letters.steps')}>
          {l.steps.length === 0 ? <Typography.Text type="secondary">{t('letters.noSteps')}</Typography.Text> : (
            <Timeline items={l.steps.map((s) => ({ key: s.id, children: <>{formatDay(s.onDay)} · {s.note}{s.by && <Typography.Text type="secondary"> — {s.by}</Typography.Text>}</> }))} />
          )}
        </Card>
        <Card title={t('letters.history')}><EntityHistory entity="letter" entityId={l.id} /></Card>
      </Space>
    </>
  );
}
