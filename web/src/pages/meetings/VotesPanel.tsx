import { CheckSquareOutlined, DeleteOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Form, Input, InputNumber, List, Popconfirm, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, api, isApiError } from '../../api/api';
import { useErrorHandler } from '../../components/errors';
import { FormModal } from '../../components/FormModal';
import { required } from '../../components/forms';
import { useRefreshMeeting } from './queries';
import { MAJORITY_KINDS, VOTE_METHODS, type AgendaItem, type MajorityKind, type Meeting, type Vote, type VoteMethod } from './types';
import { useMeetingsT } from './i18n';

interface Values {
  subject: string;
  method: VoteMethod;
  majority: MajorityKind;
  forCount: number;
  againstCount: number;
  abstainCount: number;
  isResolution: boolean;
}

/** A rule of the meetings module refused the vote (e.g. more votes than people present): shown in the dialog. */
const isRuleRefusal = (e: unknown): e is ApiError => isApiError(e) && e.code.startsWith('meeting.') && e.errors.length === 0;

/** For, against, abstaining: the server checks them against those present. */
function VoteCounts() {
  const { t } = useMeetingsT();
  return (
    <Space wrap>
      <Form.Item name="forCount" label={t('votes.for')} rules={[{ required: true }]}>
        <InputNumber min={0} max={100_000} />
      </Form.Item>
      <Form.Item name="againstCount" label={t('votes.against')} rules={[{ required: true }]}>
        <InputNumber min={0} max={100_000} />
      </Form.Item>
      <Form.Item name="abstainCount" label={t('votes.abstain')} rules={[{ required: true }]}>
        <InputNumber min={0} max={100_000} />
      </Form.Item>
    </Space>
  );
}

function VoteModal({ meeting, item, onClose }: { meeting: Meeting; item: AgendaItem; onClose: () => void }) {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const refresh = useRefreshMeeting(meeting.id);
  const [refusal, setRefusal] = useState<string | null>(null);
  const submit = async (v: Values) => {
    setRefusal(null);
    try {
      await api.post('/api/v1/meetings/:id/votes', { params: { id: meeting.id }, body: { itemId: item.id, ...v } });
    } catch (e) {
      if (isRuleRefusal(e)) setRefusal(e.title);
      throw e;
    }
    await refresh();
  };
  const q = meeting.quorum;
  return (
    <FormModal<Values>
      open
      width={620}
      title={t('votes.add')}
      okText={t('votes.record')}
      onClose={onClose}
      submit={submit}
      shownInDialog={isRuleRefusal}
      initialValues={{ subject: item.title, method: 'show_of_hands', majority: 'simple', forCount: q.present, againstCount: 0, abstainCount: 0, isResolution: false }}
    >
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 16 }} data-testid="vote-refusal" />}
      <Alert type="info" showIcon title={t('votes.context', { present: q.present, base: q.base })} style={{ marginBottom: 16 }} />
      <Form.Item name="subject" label={t('votes.subject')} rules={[required(tc, t('votes.subject'))]}>
        <Input.TextArea autoSize maxLength={1000} />
      </Form.Item>
      <Space wrap>
        <Form.Item name="method" label={t('votes.method')}>
          <Radio.Group optionType="button" options={VOTE_METHODS.map((m) => ({ value: m, label: t(`voteMethods.${m}`) }))} />
        </Form.Item>
        <Form.Item name="majority" label={t('votes.majority')}>
          <Radio.Group optionType="button" options={MAJORITY_KINDS.map((m) => ({ value: m, label: t(`majorities.${m}`) }))} />
        </Form.Item>
      </Space>
      <VoteCounts />
      <Form.Item name="isResolution" valuePropName="checked">
        <Checkbox>{t('votes.isResolution')}</Checkbox>
      </Form.Item>
    </FormModal>
  );
}

export function VoteLine({ v }: { v: Vote }) {
  const { t } = useMeetingsT();
  return (
    <Space orientation="vertical" size={0} data-testid="vote-line">
      <Space wrap>
        <Typography.Text strong>{v.subject}</Typography.Text>
        {v.isResolution && <Tag color="geekblue">{t('votes.resolution')}</Tag>}
        <Tag color={v.passed ? 'success' : 'error'} data-testid="vote-result">{v.passed ? t('votes.passed') : t('votes.failed')}</Tag>
      </Space>
      <Typography.Text type="secondary">
        {t('votes.line', {
          method: t(`voteMethods.${v.method}`),
          majority: t(`majorities.${v.majority}`).toLocaleLowerCase('vi'),
          for: v.forCount,
          against: v.againstCount,
          abstain: v.abstainCount,
          base: v.baseCount,
          present: v.presentCount,
          required: v.requiredCount,
        })}
      </Typography.Text>
    </Space>
  );
}

/** The votes taken on an item, with their computed result; "record a vote". */
export function VotesPanel({ meeting, item, writable }: { meeting: Meeting; item: AgendaItem; writable: boolean }) {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const onError = useErrorHandler();
  const refresh = useRefreshMeeting(meeting.id);
  const [adding, setAdding] = useState(false);
  const votes = meeting.votes.filter((v) => v.itemId === item.id);
  const remove = useMutation({ mutationFn: (id: string) => api.del('/api/v1/meetings/:id/votes/:childId', { params: { id: meeting.id, childId: id } }), onSuccess: () => refresh(), onError: (e) => onError(e) });
  if (!writable && votes.length === 0) return null;
  return (
    <div style={{ marginTop: 12 }}>
      <Space>
        <Typography.Text strong>{t('votes.title')}</Typography.Text>
        {writable && (
          <Button size="small" icon={<CheckSquareOutlined />} onClick={() => setAdding(true)} data-testid="vote-add">
            {t('votes.add')}
          </Button>
        )}
      </Space>
      {votes.length > 0 && (
        <List
          size="small"
          dataSource={votes}
          renderItem={(v) => (
            <List.Item
              actions={writable ? [<Popconfirm key="d" title={t('votes.removeConfirm')} okText={t('common.delete')} cancelText={tc('common.cancel')} onConfirm={() => remove.mutate(v.id)}><Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} /></Popconfirm>] : []}
            >
              <VoteLine v={v} />
            </List.Item>
          )}
        />
      )}
      {adding && <VoteModal meeting={meeting} item={item} onClose={() => setAdding(false)} />}
    </div>
  );
}
