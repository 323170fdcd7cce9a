import { Checkbox, Form, Input, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useMe } from '../../auth/session';
import { FormModal } from '../../components/FormModal';
import { requiredSelect } from '../../components/forms';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { TimeFields } from './TimeFields';
import { at, combine, defaultOrganization, toInstant } from './time';
import { MEETING_KINDS, type Meeting, type MeetingKind } from './types';
import { useMeetingsT } from './i18n';

interface Values {
  organizationId: string;
  kind: MeetingKind;
  title?: string;
  day: Dayjs;
  startsAt: Dayjs;
  endsAt: Dayjs;
  place?: string;
  inviteMembers: boolean;
  useAgendaTemplate: boolean;
}

function toBody(v: Values) {
  return {
    organizationId: v.organizationId,
    kind: v.kind,
    ...(v.title?.trim() ? { title: v.title.trim() } : {}),
    startsAt: toInstant(combine(v.day, v.startsAt)),
    endsAt: toInstant(combine(v.day, v.endsAt)),
    place: v.place?.trim() || null,
    inviteMembers: v.inviteMembers,
    useAgendaTemplate: v.useAgendaTemplate,
  };
}

/** "Lên lịch họp": organization, kind, optional title, day and times, place. */
export function MeetingCreateModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (m: Meeting) => void }) {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const { data: me } = useMe();
  const next = dayjs().add(7, 'day');
  return (
    <FormModal<Values>
      open={open}
      width={640}
      title={t('create.title')}
      okText={t('create.ok')}
      onClose={onClose}
      submit={async (v) => onCreated(await api.post('/api/v1/meetings', { body: toBody(v) }))}
      fieldFor={{ 'meeting.ends_before_start': 'endsAt', 'meeting.kind_not_for_organization': 'kind', 'resource.reference_invalid': 'organizationId' }}
      initialValues={{
        organizationId: defaultOrganization(me),
        kind: 'cell_regular',
        day: next,
        startsAt: at(8, 0),
        endsAt: at(11, 30),
        inviteMembers: true,
        useAgendaTemplate: true,
      }}
    >
      <Form.Item name="organizationId" label={t('fields.organization')} rules={[requiredSelect(tc, t('fields.organization'))]}>
        <OrgTreeSelect />
      </Form.Item>
      <Form.Item name="kind" label={t('fields.kind')} rules={[requiredSelect(tc, t('fields.kind'))]}>
        <Select options={MEETING_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('fields.title')} extra={t('create.titleHint')}>
        <Input maxLength={500} />
      </Form.Item>
      <TimeFields />
      <Form.Item name="place" label={t('fields.place')}>
        <Input maxLength={500} placeholder={t('create.placeHint')} />
      </Form.Item>
      <Form.Item name="inviteMembers" valuePropName="checked" noStyle>
        <Checkbox>{t('create.inviteMembers')}</Checkbox>
      </Form.Item>
      <Form.Item name="useAgendaTemplate" valuePropName="checked" noStyle>
        <Checkbox>{t('create.useAgendaTemplate')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}
