import { useQuery } from '@tanstack/react-query';
import { DatePicker, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useOrgTree } from '../../api/orgTree';
import { FormModal } from '../../components/FormModal';
import { required, requiredSelect } from '../../components/forms';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PersonSelect } from '../../components/PersonSelect';
import { DISPLAY_DAY, fromDay, toDay } from '../../lib/dates';
import { useDebounced } from '../../lib/useDebounced';
import { useDocsT } from './i18n';
import { incomingKey } from './queries';
import type { IncomingDetail } from './types';

interface Props { e: IncomingDetail; open: boolean; onClose: () => void; onDone: () => void }
interface DirectValues { leadOrganizationId?: string | null; leadPersonId?: string | null; coOrganizationIds: string[]; deadline?: Dayjs | null; note?: string }

/** The leader's direction: lead unit or person, co-operating units, deadline, note. */
export function DirectModal({ e, open, onClose, onDone }: Props) {
  const { t } = useDocsT();
  const tree = useOrgTree();
  const initial: Partial<DirectValues> = {
    leadOrganizationId: e.leadOrganizationId, leadPersonId: e.leadPersonId, coOrganizationIds: e.coOrganizationIds,
    deadline: fromDay(e.deadline), note: e.directionNote ?? undefined,
  };
  return (
    <FormModal<DirectValues>
      open={open}
      title={t('direction.direct')}
      width={640}
      onClose={onClose}
      onDone={onDone}
      initialValues={initial}
      reload={[incomingKey(e.id)]}
      fieldFor={{ 'incoming.deadline_before_received': 'deadline' }}
      submit={(v) => api.post('/api/v1/incoming/:id/direction', { params: { id: e.id }, body: {
        version: e.version, leadOrganizationId: v.leadOrganizationId ?? null, leadPersonId: v.leadPersonId ?? null,
        coOrganizationIds: v.coOrganizationIds, deadline: toDay(v.deadline), note: v.note?.trim() || null,
      } })}
    >
      <Form.Item name="leadOrganizationId" label={t('direction.leadUnit')}
        rules={[({ getFieldValue }) => ({ validator: (_, value) => (value || getFieldValue('leadPersonId') ? Promise.resolve() : Promise.reject(new Error(t('direction.needLead')))) })]}>
        <OrgTreeSelect allowClear />
      </Form.Item>
      <Form.Item name="leadPersonId" label={t('direction.leadPerson')}>
        <PersonSelect allowClear initialLabel={e.leadPersonName} />
      </Form.Item>
      <Form.Item name="coOrganizationIds" label={t('direction.coUnits')}>
        <Select mode="multiple" allowClear showSearch optionFilterProp="label" options={(tree.data ?? []).map((o) => ({ value: o.id, label: o.name }))} />
      </Form.Item>
      <Form.Item name="deadline" label={t('direction.deadline')}>
        <DatePicker format={DISPLAY_DAY} />
      </Form.Item>
      <Form.Item name="note" label={t('direction.note')}>
        <Input.TextArea autoSize={{ minRows: 2 }} />
      </Form.Item>
    </FormModal>
  );
}

export function ProgressModal({ e, open, onClose, onDone }: Props) {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  return (
    <FormModal<{ note: string; onDay?: Dayjs }>
      open={open}
      title={t('direction.addProgress')}
      onClose={onClose}
      onDone={onDone}
      submit={(v) => api.post('/api/v1/incoming/:id/progress', { params: { id: e.id }, body: { note: v.note, ...(v.onDay ? { onDay: toDay(v.onDay) } : {}) } })}
    >
      <Form.Item name="note" label={t('direction.progressNote')} rules={[required(tc, t('direction.progressNote'))]}>
        <Input.TextArea autoSize={{ minRows: 2 }} />
      </Form.Item>
      <Form.Item name="onDay" label={t('incoming.receivedOn')}>
        <DatePicker format={DISPLAY_DAY} />
      </Form.Item>
    </FormModal>
  );
}

/** Links an issued outgoing document of the same organization as the reply. */
export function ReplyModal({ e, open, onClose, onDone }: Props) {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed, 300);
  const docs = useQuery({
    queryKey: ['documents', 'reply-candidates', e.organizationId, q],
    queryFn: () => api.get('/api/v1/documents', { query: { organizationId: e.organizationId, state: 'issued', from: e.receivedOn, q, limit: 30 } }),
    enabled: open,
  });
  return (
    <FormModal<{ documentId: string }>
      open={open}
      title={t('direction.reply')}
      onClose={onClose}
      onDone={onDone}
      reload={[incomingKey(e.id)]}
      fieldFor={{ 'incoming.reply_unrelated': 'documentId' }}
      submit={(v) => api.post('/api/v1/incoming/:id/reply', { params: { id: e.id }, body: { version: e.version, documentId: v.documentId } })}
    >
      <Form.Item name="documentId" label={t('direction.replyDocument')} rules={[requiredSelect(tc, t('direction.replyDocument'))]}>
        <Select showSearch filterOption={false} onSearch={setTyped} loading={docs.isFetching}
          options={(docs.data?.data ?? []).map((d) => ({ value: d.id, label: `${d.symbol ?? ''} — ${d.summary}` }))} />
      </Form.Item>
    </FormModal>
  );
}
