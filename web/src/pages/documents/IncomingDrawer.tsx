import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Descriptions, Drawer, Popconfirm, Space, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, isApiError } from '../../api/api';
import { useOrgNames } from '../../api/orgTree';
import { useMe } from '../../auth/session';
import { errorText, useErrorHandler } from '../../components/errors';
import { formatDay } from '../../lib/dates';
import { can } from '../../lib/permissions';
import { DocumentCreateModal } from './DocumentCreateModal';
import { useDocsT } from './i18n';
import { type FileInfo, FileLine, UploadButton } from './files';
import { IncomingEditModal } from './IncomingEditModal';
import { DirectModal, ProgressModal, ReplyModal } from './IncomingModals';
import { IncomingStateTag, Markings } from './labels';
import { incomingKey, useIncoming } from './queries';
import type { IncomingDetail } from './types';

function Actions({ e }: { e: IncomingDetail }) {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const qc = useQueryClient();
  const onError = useErrorHandler();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<'edit' | 'direct' | 'progress' | 'reply' | 'draft' | null>(null);
  const refresh = () => void qc.invalidateQueries({ queryKey: ['incoming'] });
  const done = () => api.post('/api/v1/incoming/:id/done', { params: { id: e.id }, body: { version: e.version, note: null } }).then(refresh, (err: unknown) => onError(err, { reload: [incomingKey(e.id)] }));
  const close = () => setDialog(null);
  const open = e.state !== 'done';
  return (
    <>
      <Space wrap>
        {open && <Button type="primary" onClick={() => setDialog('direct')} data-testid="incoming-direct">{t('direction.direct')}</Button>}
        <Button onClick={() => setDialog('edit')} data-testid="incoming-edit">{t('correction.edit')}</Button>
        <Button onClick={() => setDialog('progress')}>{t('direction.addProgress')}</Button>
        {open && <Button onClick={() => setDialog('reply')}>{t('direction.reply')}</Button>}
        {open && <Button onClick={() => setDialog('draft')}>{t('direction.draftReply')}</Button>}
        {open && (
          <Popconfirm title={t('direction.doneWarning')} okText={t('direction.done')} cancelText={tc('common.cancel')} onConfirm={() => void done()}>
            <Button>{t('direction.done')}</Button>
          </Popconfirm>
        )}
      </Space>
      <IncomingEditModal e={e} open={dialog === 'edit'} onClose={close} onDone={refresh} />
      <DirectModal e={e} open={dialog === 'direct'} onClose={close} onDone={refresh} />
      <ProgressModal e={e} open={dialog === 'progress'} onClose={close} onDone={refresh} />
      <ReplyModal e={e} open={dialog === 'reply'} onClose={close} onDone={refresh} />
      <DocumentCreateModal
        open={dialog === 'draft'}
        onClose={close}
        onCreated={(d) => void navigate(`/documents/${d.id}`)}
        initial={{ organizationId: e.organizationId, inReplyToIncomingId: e.id, summary: `V/v trả lời văn bản số ${e.symbol ?? ''} của ${e.sender}`.replace('số  của', 'của') }}
      />
    </>
  );
}

/** The scan of the entry with its download link; the clerk uploads one, or a better one, and it is linked at once. */
function IncomingFile({ e, canWrite }: { e: IncomingDetail; canWrite: boolean }) {
  const { t } = useDocsT();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const onError = useErrorHandler();
  const file = useQuery({
    queryKey: ['incoming', e.id, 'file', e.fileId],
    queryFn: () => api.get('/api/v1/files/:id', { params: { id: e.fileId ?? '' } }),
    enabled: e.fileId !== null,
  });
  const link = (f: FileInfo) => api.patch('/api/v1/incoming/:id', { params: { id: e.id }, body: { version: e.version, fileId: f.id } }).then(
    () => {
      void message.success(t('attachments.attached', { name: f.name }));
      void qc.invalidateQueries({ queryKey: ['incoming'] });
    },
    (err: unknown) => {
      // Someone changed the entry meanwhile: reload it and say so; any other refusal shows by the button.
      if (isApiError(err) && err.code === 'resource.version_conflict') return onError(err, { reload: [incomingKey(e.id)] });
      throw err;
    },
  );
  return (
    <Space orientation="vertical" size={4} data-testid="incoming-file">
      {file.data ? <FileLine f={file.data} /> : e.fileId === null && <Typography.Text type="secondary">{t('attachments.none')}</Typography.Text>}
      {canWrite && <UploadButton organizationId={e.organizationId} label={e.fileId ? t('attachments.replace') : t('attachments.upload')} onUploaded={link} />}
    </Space>
  );
}

/** An incoming entry: its register columns, the leader's direction, progress, reply and closing. */
export function IncomingDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const { data: me } = useMe();
  const entry = useIncoming(id);
  const orgs = useOrgNames();
  const e = entry.data;
  return (
    <Drawer open={id !== null} onClose={onClose} size={720} title={e ? `${t('incoming.arrival')} ${e.arrivalNumber}/${e.year}` : ''} data-testid="incoming-drawer">
      {entry.error && <Alert type="error" showIcon title={errorText(entry.error, tc)} />}
      {e && (
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <Space wrap><IncomingStateTag state={e.state} /><Markings urgency={e.urgency} secrecy={e.secrecy} /></Space>
          <Descriptions size="small" bordered column={1}>
            <Descriptions.Item label={t('incoming.receivedOn')}>{formatDay(e.receivedOn)}</Descriptions.Item>
            <Descriptions.Item label={t('incoming.sender')}>{e.sender}</Descriptions.Item>
            <Descriptions.Item label={t('incoming.symbol')}>{e.symbol ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('incoming.documentDate')}>{formatDay(e.documentDate)}</Descriptions.Item>
            <Descriptions.Item label={t('incoming.summary')}>{[e.typeName, e.summary].filter(Boolean).join(' — ')}</Descriptions.Item>
            <Descriptions.Item label={t('direction.leadUnit')}><span data-testid="incoming-lead">{[e.leadOrganizationName, e.leadPersonName].filter(Boolean).join(' · ') || '—'}</span></Descriptions.Item>
            <Descriptions.Item label={t('direction.coUnits')}>{e.coOrganizationIds.map((o) => orgs.get(o)?.name ?? o).join('; ') || '—'}</Descriptions.Item>
            <Descriptions.Item label={t('direction.deadline')}>{formatDay(e.deadline)}</Descriptions.Item>
            <Descriptions.Item label={t('direction.note')}>{e.directionNote ?? '—'}</Descriptions.Item>
            <Descriptions.Item label={t('incoming.reply')}>{e.replySymbol ?? (e.doneOn ? formatDay(e.doneOn) : '—')}</Descriptions.Item>
            {e.note && <Descriptions.Item label={t('correction.note')}>{e.note}</Descriptions.Item>}
            <Descriptions.Item label={t('attachments.scan')}><IncomingFile e={e} canWrite={can(me, 'correspondence.write')} /></Descriptions.Item>
          </Descriptions>
          {can(me, 'correspondence.write') && <Actions e={e} />}
          <Typography.Title level={5}>{t('direction.progress')}</Typography.Title>
          {e.progress.length === 0 ? (
            <Typography.Text type="secondary">{t('direction.noProgress')}</Typography.Text>
          ) : (
            <Timeline items={e.progress.map((p) => ({ children: <>{formatDay(p.onDay)} · {p.note}{p.by && <Typography.Text type="secondary"> — {p.by}</Typography.Text>}</> }))} />
          )}
        </Space>
      )}
    </Drawer>
  );
}
