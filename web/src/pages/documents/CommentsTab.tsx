import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, apiUrl } from '../../api/api';
import { useMe } from '../../auth/session';
import { useErrorHandler } from '../../components/errors';
import { can } from '../../lib/permissions';
import { formatDay } from '../../lib/dates';
import { AnswerModal, CommentModal, RoundModal } from './CommentModals';
import { useDocsT } from './i18n';
import { roundsKey, useRounds } from './queries';
import type { DocumentDetail, Round, RoundComment } from './types';

const HANDLING_COLORS = { accepted: 'green', partly_accepted: 'gold', explained: 'blue' } as const;

function RoundCard({ round, body, writable }: { round: Round; body: string; writable: boolean }) {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const qc = useQueryClient();
  const onError = useErrorHandler();
  const [commenting, setCommenting] = useState(false);
  const [answering, setAnswering] = useState<RoundComment | null>(null);
  const reload = () => void qc.invalidateQueries({ queryKey: roundsKey(round.documentId) });
  const close = () => api.post('/api/v1/comment-rounds/:id/close', { params: { id: round.id } }).then(reload, (e: unknown) => onError(e));
  const open = round.closedAt === null;
  return (
    <Card
      size="small"
      data-testid="comment-round"
      title={<Space wrap>{round.title}<Tag>{t('comments.onVersion', { no: round.versionNo })}</Tag>{!open && <Tag>{t('comments.closed')}</Tag>}</Space>}
      extra={
        <Space wrap>
          <Button size="small" icon={<DownloadOutlined />} href={apiUrl('/api/v1/comment-rounds/:id/table.docx', { params: { id: round.id } })}>{t('comments.table')}</Button>
          {writable && open && <Button size="small" icon={<PlusOutlined />} onClick={() => setCommenting(true)} data-testid="comment-add">{t('comments.add')}</Button>}
          {writable && open && (
            <Popconfirm title={t('comments.closeConfirm')} okText={t('comments.close')} cancelText={tc('common.cancel')} onConfirm={() => void close()}>
              <Button size="small">{t('comments.close')}</Button>
            </Popconfirm>
          )}
        </Space>
      }
    >
      <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
        {t('comments.deadline')}: {formatDay(round.deadline)} · {t('comments.recipients')}: {round.recipients.join('; ')} · {t('comments.counts', { answered: round.counts.answered, total: round.counts.total })}
      </Typography.Paragraph>
      <Table<RoundComment>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={round.comments}
        locale={{ emptyText: t('comments.noComments') }}
        columns={[
          { key: 'author', title: t('comments.author'), dataIndex: 'author', width: 180 },
          {
            key: 'paragraph', title: t('comments.paragraph'), width: 90,
            render: (_, c) => (c.paragraph === null ? t('comments.whole') : <Tooltip title={c.paragraphText}><Tag>§ {c.paragraph}</Tag></Tooltip>),
          },
          { key: 'text', title: t('comments.text'), dataIndex: 'text' },
          {
            key: 'handling', title: t('comments.handling'), width: 280,
            render: (_, c) => c.handling ? (
              <Space orientation="vertical" size={0}><Tag color={HANDLING_COLORS[c.handling]}>{t(`handlings.${c.handling}`)}</Tag>{c.answer}</Space>
            ) : (
              <Space>
                <Typography.Text type="warning">{t('comments.unanswered')}</Typography.Text>
                {writable && <Button size="small" onClick={() => setAnswering(c)} data-testid="comment-answer">{t('comments.answer')}</Button>}
              </Space>
            ),
          },
        ]}
      />
      <CommentModal round={round} body={body} open={commenting} onClose={() => setCommenting(false)} onDone={reload} />
      <AnswerModal comment={answering} onClose={() => setAnswering(null)} onDone={reload} />
    </Card>
  );
}

/** Comment rounds on the draft: open one, record comments on paragraphs, answer each, print the table. */
export function CommentsTab({ d }: { d: DocumentDetail }) {
  const { t } = useDocsT();
  const { data: me } = useMe();
  const rounds = useRounds(d.id);
  const qc = useQueryClient();
  const [creating, setCreating] = useState(false);
  const writable = can(me, 'documents.write');
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      {writable && d.state === 'draft' && (
        <Button icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="round-add">{t('comments.newRound')}</Button>
      )}
      {rounds.isLoading && <Card loading size="small" />}
      {rounds.data?.length === 0 && <Empty description={t('comments.none')} />}
      {rounds.data?.map((r) => <RoundCard key={r.id} round={r} body={d.body} writable={writable} />)}
      <RoundModal d={d} open={creating} onClose={() => setCreating(false)} onDone={() => void qc.invalidateQueries({ queryKey: roundsKey(d.id) })} />
    </Space>
  );
}
