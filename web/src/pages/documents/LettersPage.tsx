import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, DatePicker, Form, Input, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../api/api';
import { useMe } from '../../auth/session';
import { errorText } from '../../components/errors';
import { FormModal } from '../../components/FormModal';
import { required, requiredSelect } from '../../components/forms';
import { Highlight } from '../../components/Highlight';
import { PageTitle } from '../../components/PageTitle';
import { PersonSelect } from '../../components/PersonSelect';
import { CursorPager, usePage, useSearchPager } from '../../components/paging';
import { DISPLAY_DAY, formatDay, toDay, today } from '../../lib/dates';
import { can } from '../../lib/permissions';
import { useDocsT } from './i18n';
import { LetterStateTag } from './labels';
import { useLetterKinds } from './queries';
import { LETTER_HANDLERS, LETTER_KINDS, LETTER_STATES, type Letter, type LetterDetail, type LetterHandler, type LetterKind, type LetterState } from './types';

interface CreateValues { receivedOn: Dayjs; senderName: string; senderAddress?: string; kind: LetterKind; summary: string; concernsMember: boolean; concernedPersonId?: string | null }

const isLate = (l: Letter) => l.state !== 'answered' && l.deadline < today();

function CreateModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (l: LetterDetail) => void }) {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const { data: me } = useMe();
  const kinds = useLetterKinds();
  const organizationId = me?.grants.find((g) => can(me, 'letters.write', g.path))?.organizationId;
  return (
    <FormModal<CreateValues>
      open={open}
      title={t('letters.createTitle')}
      width={640}
      onClose={onClose}
      initialValues={{ receivedOn: dayjs(), concernsMember: false }}
      submit={async (v) => onCreated(await api.post('/api/v1/letters', { body: {
        organizationId: organizationId ?? '', receivedOn: toDay(v.receivedOn), senderName: v.senderName, senderAddress: v.senderAddress?.trim() || null,
        kind: v.kind, summary: v.summary, concernsMember: v.concernsMember, concernedPersonId: v.concernsMember ? (v.concernedPersonId ?? null) : null,
      } }))}
    >
      <Form.Item name="receivedOn" label={t('letters.receivedOn')} rules={[requiredSelect(tc, t('letters.receivedOn'))]}><DatePicker format={DISPLAY_DAY} /></Form.Item>
      <Form.Item name="senderName" label={t('letters.senderName')} rules={[required(tc, t('letters.senderName'))]}><Input /></Form.Item>
      <Form.Item name="senderAddress" label={t('letters.senderAddress')}><Input /></Form.Item>
      <Form.Item name="kind" label={t('letters.kind')} rules={[requiredSelect(tc, t('letters.kind'))]}>
        <Select options={LETTER_KINDS.map((k) => {
          const info = kinds.data?.find((x) => x.kind === k);
          return { value: k, label: info ? `${t(`letterKinds.${k}`)} — ${t('letters.days', { n: info.deadlineDays })}${info.legalBasis ? ` (${info.legalBasis})` : ''}` : t(`letterKinds.${k}`) };
        })} />
      </Form.Item>
      <Form.Item name="summary" label={t('letters.summary')} rules={[required(tc, t('letters.summary'))]}><Input.TextArea autoSize={{ minRows: 3 }} /></Form.Item>
      <Form.Item name="concernsMember" valuePropName="checked" label={t('letters.concernsMember')} extra={t('letters.concernsMemberHint')}><Switch /></Form.Item>
      <Form.Item noStyle shouldUpdate={(a: CreateValues, b: CreateValues) => a.concernsMember !== b.concernsMember}>
        {({ getFieldValue }) => getFieldValue('concernsMember') === true && (
          <Form.Item name="concernedPersonId" label={t('letters.concernedPerson')}><PersonSelect allowClear /></Form.Item>
        )}
      </Form.Item>
    </FormModal>
  );
}

interface Filters { kind?: LetterKind; state?: LetterState; handler?: LetterHandler; overdue: boolean }

/** /letters: citizens' letters, newest first, with their deadlines; those about members go to inspection. */
export function LettersPage() {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const { search, setSearch, q, pager } = useSearchPager();
  const [f, setF] = useState<Filters>({ overdue: false });
  const [creating, setCreating] = useState(false);
  const set = (patch: Partial<Filters>) => { setF((o) => ({ ...o, ...patch })); pager.reset(); };
  const page = usePage('letters', '/api/v1/letters', { q, kind: f.kind, state: f.state, handler: f.handler, overdue: f.overdue ? 'true' : undefined, limit: 25, cursor: pager.cursor, includeTotal: true });
  return (
    <>
      <PageTitle title={t('letters.title')} extra={can(me, 'letters.write') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('letters.add')}</Button>} />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search allowClear style={{ width: 300 }} placeholder={t('letters.search')} value={search} onChange={(e) => setSearch(e.target.value)} />
          <Select<LetterKind> allowClear style={{ width: 150 }} placeholder={t('letters.allKinds')} value={f.kind} onChange={(v) => set({ kind: v })} options={LETTER_KINDS.map((k) => ({ value: k, label: t(`letterKinds.${k}`) }))} />
          <Select<LetterState> allowClear style={{ width: 160 }} placeholder={t('letters.allStates')} value={f.state} onChange={(v) => set({ state: v })} options={LETTER_STATES.map((s) => ({ value: s, label: t(`letterStates.${s}`) }))} />
          <Select<LetterHandler> allowClear style={{ width: 170 }} placeholder={t('letters.allHandlers')} value={f.handler} onChange={(v) => set({ handler: v })} options={LETTER_HANDLERS.map((h) => ({ value: h, label: t(`handlers.${h}`) }))} />
          <Checkbox checked={f.overdue} onChange={(e) => set({ overdue: e.target.checked })}>{t('letters.onlyOverdue')}</Checkbox>
        </Space>
        {page.error && <Alert type="error" showIcon title={errorText(page.error, tc)} style={{ marginBottom: 16 }} />}
        <Table<Letter>
          rowKey="id" size="small" loading={page.isFetching} dataSource={page.data?.data ?? []} pagination={false}
          locale={{ emptyText: t('letters.empty') }} scroll={{ x: 1000 }}
          onRow={(l) => ({ onDoubleClick: () => void navigate(`/letters/${l.id}`) })}
          columns={[
            { key: 'arrival', title: t('letters.arrival'), width: 80, render: (_, l) => `${l.arrivalNumber}/${l.year}` },
            { key: 'receivedOn', title: t('letters.receivedOn'), width: 100, render: (_, l) => formatDay(l.receivedOn) },
            { key: 'sender', title: t('letters.senderName'), width: 180, render: (_, l) => <Highlight text={l.senderName} query={q} /> },
            { key: 'kind', title: t('letters.kind'), width: 110, render: (_, l) => t(`letterKinds.${l.kind}`) },
            { key: 'summary', title: t('letters.summary'), render: (_, l) => <Link to={`/letters/${l.id}`}><Highlight text={l.summary} query={q} /></Link> },
            { key: 'handler', title: t('letters.handler'), width: 140, render: (_, l) => <Tag color={l.handler === 'inspection_committee' ? 'purple' : 'default'}>{t(`handlers.${l.handler}`)}</Tag> },
            { key: 'deadline', title: t('letters.deadline'), width: 100, render: (_, l) => <Typography.Text type={isLate(l) ? 'danger' : undefined} strong={isLate(l)}>{formatDay(l.deadline)}</Typography.Text> },
            { key: 'state', title: t('letters.state'), width: 120, render: (_, l) => <LetterStateTag state={l.state} /> },
          ]}
        />
        <CursorPager pager={pager} next={page.data?.links.next} total={page.data?.meta.total} loading={page.isFetching} />
      </Card>
      <CreateModal open={creating} onClose={() => setCreating(false)} onCreated={(l) => void navigate(`/letters/${l.id}`)} />
    </>
  );
}
