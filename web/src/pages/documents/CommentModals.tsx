import { useQuery } from '@tanstack/react-query';
import { AutoComplete, DatePicker, Form, Input, Radio, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { FormModal } from '../../components/FormModal';
import { required, requiredSelect } from '../../components/forms';
import { DISPLAY_DAY, toDay } from '../../lib/dates';
import { useDocsT } from './i18n';
import { lines } from './labels';
import { paragraphsOf } from './Paragraphs';
import { type DocumentDetail, HANDLINGS, type Handling, type Round, type RoundComment } from './types';

/** A new comment round on the latest version: title, deadline, who is asked. */
export function RoundModal({ d, open, onClose, onDone }: { d: DocumentDetail; open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  return (
    <FormModal<{ title: string; deadline: Dayjs; recipients: string }>
      open={open}
      title={t('comments.newRound')}
      onClose={onClose}
      onDone={onDone}
      initialValues={{ title: `Lấy ý kiến dự thảo ${d.summary}`.slice(0, 500) }}
      submit={(v) => api.post('/api/v1/documents/:id/comment-rounds', { params: { id: d.id }, body: { title: v.title, deadline: toDay(v.deadline), recipients: lines(v.recipients) } })}
    >
      <Form.Item name="title" label={t('comments.roundTitle')} rules={[required(tc, t('comments.roundTitle'))]}>
        <Input />
      </Form.Item>
      <Form.Item name="deadline" label={t('comments.deadline')} rules={[requiredSelect(tc, t('comments.deadline'))]}>
        <DatePicker format={DISPLAY_DAY} />
      </Form.Item>
      <Form.Item name="recipients" label={t('comments.recipients')} extra={t('comments.recipientsHint')} rules={[required(tc, t('comments.recipients'))]}>
        <Input.TextArea autoSize={{ minRows: 3 }} />
      </Form.Item>
    </FormModal>
  );
}

/** A comment received, on one paragraph of the version the round is on or on the whole. */
export function CommentModal({ round, body, open, onClose, onDone }: { round: Round; body: string; open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  // Paragraphs are those of the version the round is on, which may be older than the current text.
  const version = useQuery({
    queryKey: ['document', round.documentId, 'version', round.versionNo],
    queryFn: () => api.get('/api/v1/documents/:id/versions/:no', { params: { id: round.documentId, no: round.versionNo } }),
    enabled: open,
  });
  const paragraphs = paragraphsOf(version.data?.body ?? body).map((p, i) => ({ p, i }));
  const options = [
    { value: 0, label: t('comments.whole') },
    ...paragraphs.map(({ p, i }) => ({ value: i + 1, label: `§ ${i + 1}. ${p.length > 80 ? `${p.slice(0, 80)}…` : p}` })),
  ];
  return (
    <FormModal<{ author: string; paragraph: number; text: string }>
      open={open}
      title={t('comments.add')}
      width={680}
      onClose={onClose}
      onDone={onDone}
      initialValues={{ paragraph: 0 }}
      submit={(v) => api.post('/api/v1/comment-rounds/:id/comments', { params: { id: round.id }, body: { author: v.author, paragraph: v.paragraph === 0 ? null : v.paragraph, text: v.text } })}
    >
      <Form.Item name="author" label={t('comments.author')} rules={[required(tc, t('comments.author'))]}>
        <AutoComplete options={round.recipients.map((r) => ({ value: r }))} />
      </Form.Item>
      <Form.Item name="paragraph" label={t('comments.paragraph')}>
        <Select options={options} />
      </Form.Item>
      <Form.Item name="text" label={t('comments.text')} rules={[required(tc, t('comments.text'))]}>
        <Input.TextArea autoSize={{ minRows: 3 }} />
      </Form.Item>
    </FormModal>
  );
}

/** The drafter's handling of one comment: accepted, partly accepted or explained, with the answer. */
export function AnswerModal({ comment, onClose, onDone }: { comment: RoundComment | null; onClose: () => void; onDone: () => void }) {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  return (
    <FormModal<{ handling: Handling; answer: string }>
      open={comment !== null}
      title={t('comments.answer')}
      warning={comment?.text}
      onClose={onClose}
      onDone={onDone}
      initialValues={{ handling: 'accepted' }}
      submit={(v) => api.put('/api/v1/comments/:id/answer', { params: { id: comment?.id ?? '' }, body: { version: comment?.version ?? 1, ...v } })}
    >
      <Form.Item name="handling" label={t('comments.handling')}>
        <Radio.Group options={HANDLINGS.map((h) => ({ value: h, label: t(`handlings.${h}`) }))} />
      </Form.Item>
      <Form.Item name="answer" label={t('comments.answerText')} rules={[required(tc, t('comments.answerText'))]}>
        <Input.TextArea autoSize={{ minRows: 3 }} />
      </Form.Item>
    </FormModal>
  );
}
