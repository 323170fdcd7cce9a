import { Button, Card, Popconfirm, Space, Typography } from 'antd';
import { api } from '../../api/api';
import { can } from '../../lib/permissions';
import { FilesTable, UploadButton } from './files';
import { useActionKit } from './useActionKit';
import { documentKey } from './queries';
import type { DocumentDetail } from './types';

/**
 * The files of a document: name (download), size, type. Whoever writes documents uploads one and it
 * is attached at once, in any state (the signed scan comes after issue); a draft's file can be detached.
 */
export function DocumentFiles({ d }: { d: DocumentDetail }) {
  const { t, tc, me, message, qc, onError } = useActionKit();
  const writable = can(me, 'documents.write') && d.state !== 'recalled';
  const refresh = () => void qc.invalidateQueries({ queryKey: documentKey(d.id) });
  const detach = (fileId: string) => api.del('/api/v1/documents/:id/files/:fileId', { params: { id: d.id, fileId } }).then(refresh, (e: unknown) => onError(e, { reload: [documentKey(d.id)] }));
  return (
    <Card size="small" title={t('attachments.title')} data-testid="document-files"
      extra={writable && (
        <UploadButton organizationId={d.organizationId} label={t('attachments.upload')} onUploaded={async (f) => {
          await api.post('/api/v1/documents/:id/files', { params: { id: d.id }, body: { fileId: f.id } });
          void message.success(t('attachments.attached', { name: f.name }));
          refresh();
        }} />
      )}>
      <Space orientation="vertical" style={{ width: '100%' }}>
        <FilesTable
          files={d.files}
          action={writable && d.state === 'draft' ? (f) => (
            <Popconfirm title={t('attachments.detachConfirm', { name: f.name })} okText={t('attachments.detach')} okButtonProps={{ danger: true }} cancelText={tc('common.cancel')} onConfirm={() => detach(f.id)}>
              <Button size="small" danger>{t('attachments.detach')}</Button>
            </Popconfirm>
          ) : undefined}
        />
        {writable && d.state !== 'draft' && d.files.length > 0 && <Typography.Text type="secondary">{t('attachments.frozen')}</Typography.Text>}
      </Space>
    </Card>
  );
}
