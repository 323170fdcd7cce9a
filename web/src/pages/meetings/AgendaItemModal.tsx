import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { FormModal } from '../../components/FormModal';
import { blankToNull, required } from '../../components/forms';
import { meetingKey, useRefreshMeeting } from './queries';
import type { AgendaItem, Meeting } from './types';
import { useMeetingsT } from './i18n';

interface Values {
  title: string;
  presenter?: string | null;
  documents?: { title: string; url?: string | null }[];
}

const docs = (v: Values) => (v.documents ?? []).filter((d) => d.title?.trim()).map((d) => ({ title: d.title.trim(), url: blankToNull(d.url) }));

/** The documents put before the meeting: title and an optional link each. */
function DocumentsField() {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  return (
    <Form.List name="documents">
      {(fields, { add, remove }) => (
        <Form.Item label={t('agenda.documents')}>
          {fields.map((f) => (
            <Space key={f.key} align="baseline" style={{ display: 'flex' }}>
              <Form.Item name={[f.name, 'title']} rules={[required(tc, t('agenda.docTitle'))]}>
                <Input placeholder={t('agenda.docTitle')} style={{ width: 280 }} />
              </Form.Item>
              <Form.Item name={[f.name, 'url']}>
                <Input placeholder={t('agenda.docUrl')} style={{ width: 220 }} />
              </Form.Item>
              <MinusCircleOutlined onClick={() => remove(f.name)} aria-label={t('agenda.docRemove')} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ title: '', url: '' })}>
            {t('agenda.docAdd')}
          </Button>
        </Form.Item>
      )}
    </Form.List>
  );
}

/** Adds an item (or a sub-item) or edits one: title, presenter, the documents put before the meeting. */
export function AgendaItemModal({ meeting, item, parentId, onClose }: { meeting: Meeting; item?: AgendaItem; parentId: string | null; onClose: () => void }) {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const refresh = useRefreshMeeting(meeting.id);
  const submit = async (v: Values) => {
    const base = { title: v.title.trim(), presenter: blankToNull(v.presenter), documents: docs(v) };
    if (item) await api.patch('/api/v1/meetings/:id/agenda/:childId', { params: { id: meeting.id, childId: item.id }, body: { version: item.version, ...base } });
    else await api.post('/api/v1/meetings/:id/agenda', { params: { id: meeting.id }, body: { parentId, ...base } });
    await refresh();
  };
  const initial: Partial<Values> = item
    ? { title: item.title, presenter: item.presenter, documents: item.documents.map((d) => ({ title: d.title, url: d.url ?? null })) }
    : { documents: [] };
  return (
    <FormModal<Values>
      open
      width={640}
      title={item ? t('agenda.editItem', { number: item.number }) : parentId ? t('agenda.addSub') : t('agenda.add')}
      onClose={onClose}
      submit={submit}
      reload={[meetingKey(meeting.id)]}
      initialValues={initial}
    >
      <Form.Item name="title" label={t('agenda.itemTitle')} rules={[required(tc, t('agenda.itemTitle'))]}>
        <Input.TextArea autoSize maxLength={1000} />
      </Form.Item>
      <Form.Item name="presenter" label={t('agenda.presenter')}>
        <Input maxLength={300} />
      </Form.Item>
      <DocumentsField />
    </FormModal>
  );
}
