import { Form, Input, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ApiBody, api } from '../../api/api';
import { FormModal } from '../../components/FormModal';
import { required, requiredSelect } from '../../components/forms';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PersonSelect } from '../../components/PersonSelect';
import { useRefreshMeeting } from './queries';
import type { Meeting, ParticipantKind } from './types';
import { useMeetingsT } from './i18n';

type Mode = 'person' | 'free' | 'unit';

interface Values {
  mode: Mode;
  kind?: Exclude<ParticipantKind, 'unit'>;
  personId?: string;
  name?: string;
  title?: string;
  organizationId?: string;
}

function toBody(v: Values): ApiBody<'POST /api/v1/meetings/:id/participants'> {
  if (v.mode === 'unit') return { kind: 'unit', organizationId: v.organizationId };
  if (v.mode === 'free') return { kind: 'guest', name: v.name?.trim(), ...(v.title?.trim() ? { title: v.title.trim() } : {}) };
  return { kind: v.kind ?? 'guest', personId: v.personId };
}

/** Invites someone more: a person of the directory (their title that day is frozen), a guest by name, or a unit. */
export function AddParticipantModal({ meeting, onClose }: { meeting: Meeting; onClose: () => void }) {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const refresh = useRefreshMeeting(meeting.id);
  const submit = async (v: Values) => {
    await api.post('/api/v1/meetings/:id/participants', { params: { id: meeting.id }, body: toBody(v) });
    await refresh();
  };
  return (
    <FormModal<Values>
      open
      title={t('participants.add')}
      okText={t('participants.add')}
      onClose={onClose}
      submit={submit}
      initialValues={{ mode: 'person', kind: 'guest' }}
      fieldFor={{ 'meeting.participant_duplicate': 'personId', 'meeting.participant_incomplete': 'name' }}
    >
      <Form.Item name="mode" label={t('participants.mode')}>
        <Radio.Group
          optionType="button"
          options={(['person', 'free', 'unit'] as const).map((m) => ({ value: m, label: t(`participants.modes.${m}`) }))}
        />
      </Form.Item>
      <Form.Item noStyle dependencies={['mode']}>
        {({ getFieldValue }) => {
          const mode = getFieldValue('mode') as Mode;
          if (mode === 'unit')
            return (
              <Form.Item name="organizationId" label={t('participants.unit')} rules={[requiredSelect(tc, t('participants.unit'))]}>
                <OrgTreeSelect />
              </Form.Item>
            );
          if (mode === 'free')
            return (
              <>
                <Form.Item name="name" label={t('participants.name')} rules={[required(tc, t('participants.name'))]}>
                  <Input maxLength={200} />
                </Form.Item>
                <Form.Item name="title" label={t('participants.titleField')} extra={t('participants.titleHint')}>
                  <Input maxLength={500} />
                </Form.Item>
              </>
            );
          return (
            <>
              <Form.Item name="personId" label={t('participants.person')} rules={[requiredSelect(tc, t('participants.person'))]} extra={t('participants.frozenTitle')}>
                <PersonSelect />
              </Form.Item>
              <Form.Item name="kind" label={t('participants.as')}>
                <Select options={(['attendee', 'guest'] as const).map((k) => ({ value: k, label: t(`participantKinds.${k}`) }))} />
              </Form.Item>
            </>
          );
        }}
      </Form.Item>
    </FormModal>
  );
}
