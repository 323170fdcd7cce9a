import { DeleteOutlined, PaperClipOutlined, SoundOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Input, List, Popconfirm, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useErrorHandler } from '../../components/errors';
import { FormModal } from '../../components/FormModal';
import { blankToNull, required } from '../../components/forms';
import { meetingKey, useRefreshMeeting } from './queries';
import type { AgendaItem, Meeting } from './types';
import { VotesPanel } from './VotesPanel';
import { useMeetingsT } from './i18n';

interface NotesValues {
  notes?: string | null;
  result?: string | null;
}

function NotesForm({ meeting, item, writable }: { meeting: Meeting; item: AgendaItem; writable: boolean }) {
  const { t } = useMeetingsT();
  const { message } = App.useApp();
  const onError = useErrorHandler();
  const refresh = useRefreshMeeting(meeting.id);
  const [form] = Form.useForm<NotesValues>();
  const save = useMutation({
    mutationFn: (v: NotesValues) => api.patch('/api/v1/meetings/:id/agenda/:childId', { params: { id: meeting.id, childId: item.id }, body: { version: item.version, notes: blankToNull(v.notes), result: blankToNull(v.result) } }),
    onSuccess: async () => {
      void message.success(t('agenda.notesSaved'));
      await refresh();
    },
    onError: (e) => onError(e, { form, reload: [meetingKey(meeting.id)] }),
  });
  if (!writable) {
    return (
      <div data-testid="agenda-notes-text">
        {item.notes ? <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 8 }}>{item.notes}</Typography.Paragraph> : <Typography.Text type="secondary">{t('agenda.noNotes')}</Typography.Text>}
        {item.result && (
          <Typography.Paragraph style={{ marginBottom: 8 }}>
            <Typography.Text strong>{t('agenda.result')}:</Typography.Text> {item.result}
          </Typography.Paragraph>
        )}
      </div>
    );
  }
  return (
    <Form<NotesValues> key={item.version} form={form} layout="vertical" initialValues={{ notes: item.notes, result: item.result }} onFinish={(v) => save.mutate(v)}>
      <Form.Item name="notes" label={t('agenda.notes')} style={{ marginBottom: 8 }}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} maxLength={20_000} placeholder={t('agenda.notesHint')} data-testid="agenda-notes" />
      </Form.Item>
      <Form.Item name="result" label={t('agenda.result')} style={{ marginBottom: 8 }}>
        <Input.TextArea autoSize={{ minRows: 1, maxRows: 6 }} maxLength={5000} />
      </Form.Item>
      <Button htmlType="submit" loading={save.isPending} data-testid="agenda-notes-save">
        {t('agenda.saveNotes')}
      </Button>
    </Form>
  );
}

interface SpeechValues {
  participantId?: string;
  speakerName?: string;
  summary: string;
}

function SpeechModal({ meeting, item, onClose }: { meeting: Meeting; item: AgendaItem; onClose: () => void }) {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const refresh = useRefreshMeeting(meeting.id);
  const options = meeting.participants.filter((p) => p.kind !== 'unit').map((p) => ({ value: p.id, label: p.name }));
  const submit = async (v: SpeechValues) => {
    const who = v.participantId ? { participantId: v.participantId } : { speakerName: v.speakerName?.trim() };
    await api.post('/api/v1/meetings/:id/agenda/:childId/speeches', { params: { id: meeting.id, childId: item.id }, body: { ...who, summary: v.summary } });
    await refresh();
  };
  return (
    <FormModal<SpeechValues> open width={600} title={t('speeches.add')} onClose={onClose} submit={submit}>
      <Form.Item name="participantId" label={t('speeches.participant')}>
        <Select allowClear options={options} showSearch={{ optionFilterProp: 'label' }} />
      </Form.Item>
      <Form.Item noStyle dependencies={['participantId']}>
        {({ getFieldValue }) =>
          !getFieldValue('participantId') && (
            <Form.Item name="speakerName" label={t('speeches.name')} rules={[required(tc, t('speeches.name'))]}>
              <Input maxLength={200} />
            </Form.Item>
          )
        }
      </Form.Item>
      <Form.Item name="summary" label={t('speeches.summary')} rules={[required(tc, t('speeches.summary'))]}>
        <Input.TextArea autoSize={{ minRows: 3 }} maxLength={10_000} />
      </Form.Item>
    </FormModal>
  );
}

function Speeches({ meeting, item, writable }: { meeting: Meeting; item: AgendaItem; writable: boolean }) {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const onError = useErrorHandler();
  const refresh = useRefreshMeeting(meeting.id);
  const [adding, setAdding] = useState(false);
  const remove = useMutation({ mutationFn: (id: string) => api.del('/api/v1/meetings/:id/speeches/:childId', { params: { id: meeting.id, childId: id } }), onSuccess: () => refresh(), onError: (e) => onError(e) });
  if (!writable && item.speeches.length === 0) return null;
  return (
    <div style={{ marginTop: 12 }}>
      <Space>
        <Typography.Text strong>{t('speeches.title')}</Typography.Text>
        {writable && (
          <Button size="small" icon={<SoundOutlined />} onClick={() => setAdding(true)} data-testid="speech-add">
            {t('speeches.add')}
          </Button>
        )}
      </Space>
      {item.speeches.length > 0 && (
        <List
          size="small"
          dataSource={item.speeches}
          renderItem={(s) => (
            <List.Item
              actions={writable ? [<Popconfirm key="d" title={t('speeches.removeConfirm')} okText={t('common.delete')} cancelText={tc('common.cancel')} onConfirm={() => remove.mutate(s.id)}><Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} /></Popconfirm>] : []}
            >
              <span>
                <Typography.Text strong>{s.speakerName}</Typography.Text>
                {s.speakerTitle && <Typography.Text type="secondary"> ({s.speakerTitle})</Typography.Text>}: {s.summary}
              </span>
            </List.Item>
          )}
        />
      )}
      {adding && <SpeechModal meeting={meeting} item={item} onClose={() => setAdding(false)} />}
    </div>
  );
}

/** What happened on one item: documents, notes and result, speeches, votes. */
export function AgendaItemBody({ meeting, item, writable }: { meeting: Meeting; item: AgendaItem; writable: boolean }) {
  const { t } = useMeetingsT();
  return (
    <>
      {(item.presenter || item.documents.length > 0) && (
        <div style={{ marginBottom: 8 }}>
          {item.presenter && <div>{t('agenda.presenter')}: {item.presenter}</div>}
          {item.documents.map((d, i) => (
            <div key={i}>
              <PaperClipOutlined /> {d.url ? <a href={d.url} target="_blank" rel="noreferrer">{d.title}</a> : d.title}
            </div>
          ))}
        </div>
      )}
      <NotesForm meeting={meeting} item={item} writable={writable} />
      <Speeches meeting={meeting} item={item} writable={writable} />
      <VotesPanel meeting={meeting} item={item} writable={writable} />
    </>
  );
}
