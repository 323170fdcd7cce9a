import { PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Button, Space, Table, Tag, Typography, Upload } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { fileInfo } from '../../../../server/modules/files/files.schema.ts';
import { ApiError, type ApiQuery, type ApiResponse, type PathOf, type Problem, apiUrl, withQuery } from '../../api/api';
import { errorText } from '../../components/errors';
import { useDocsT } from './i18n';

/**
 * Uploads and attached files: the upload goes to /api/v1/files as multipart (the JSON client does not
 * send forms); the server judges the type from the content and enforces the size limit, and its
 * refusal (413 file.too_large, 415 file.type_refused) is shown next to the button that sent the file.
 */

export type FileInfo = z.infer<typeof fileInfo>;
export type ListedFile = Pick<FileInfo, 'id' | 'name' | 'size' | 'mime'> & Partial<Pick<FileInfo, 'textStatus'>>;

export async function uploadFile(organizationId: string, file: File, lang: string): Promise<ApiResponse<'POST /api/v1/files'>> {
  const form = new FormData();
  form.append('file', file, file.name);
  const query: ApiQuery<'POST /api/v1/files'> = { organizationId };
  let res: Response;
  try {
    res = await fetch(withQuery('/api/v1/files' satisfies PathOf<'POST'>, query), {
      method: 'POST', body: form, credentials: 'same-origin', headers: { Accept: 'application/json', 'Accept-Language': lang },
    });
  } catch {
    throw new ApiError({ status: 0, code: 'network.unavailable', title: 'network error' });
  }
  const body: unknown = await res.json().catch(() => null);
  if (res.ok) return body as ApiResponse<'POST /api/v1/files'>;
  const problem = body && typeof body === 'object' && 'code' in body ? (body as Problem) : { code: 'http.error', title: `HTTP ${res.status}` };
  throw new ApiError({ ...problem, status: res.status });
}

export const fileUrl = (id: string) => apiUrl('/api/v1/files/:id/content', { params: { id } });

/** 1 234 B, 12,5 KB, 3,2 MB in the reader's language. */
export function formatSize(bytes: number, lang: string): string {
  const n = new Intl.NumberFormat(lang === 'en' ? 'en' : 'vi', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${n.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${n.format(bytes / 1024)} KB`;
  return `${n.format(bytes / 1024 / 1024)} MB`;
}

const TYPES: Record<string, string> = {
  'application/pdf': 'PDF',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': 'Word',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': 'Excel',
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': 'PowerPoint',
  'application/vnd.oasis.opendocument.text': 'ODT',
  'application/vnd.oasis.opendocument.spreadsheet': 'ODS',
  'application/x-cfb': 'Word/Excel 97-2003',
  'text/plain': 'TXT',
};
export const typeLabel = (mime: string) => TYPES[mime] ?? (mime.startsWith('image/') ? mime.slice(6).toUpperCase() : mime);

/** Why a file has no search text, when a limit or damage left it out; nothing for the others. */
function TextStatusTag({ f }: { f: ListedFile }) {
  const { t } = useDocsT();
  const s = f.textStatus;
  if (s !== 'too_large' && s !== 'timeout' && s !== 'failed') return null;
  return <Tag color="warning" data-testid="file-text-status">{t(`attachments.text.${s}`)}</Tag>;
}

/** "name · 12,5 KB · PDF" with the name as the download link. */
export function FileLine({ f }: { f: ListedFile }) {
  const { i18n } = useTranslation();
  return (
    <Space size={4} wrap data-testid="file-line">
      <PaperClipOutlined />
      <a href={fileUrl(f.id)} download={f.name}>{f.name}</a>
      <Typography.Text type="secondary">· {formatSize(f.size, i18n.language)} · {typeLabel(f.mime)}</Typography.Text>
      <TextStatusTag f={f} />
    </Space>
  );
}

/**
 * A button that uploads one file to the organization and hands its record over; the server's refusal
 * is written under the button until the next try.
 */
export function UploadButton({ organizationId, onUploaded, label, disabled }: {
  organizationId: string | undefined; onUploaded: (f: FileInfo) => Promise<unknown> | void; label: ReactNode; disabled?: boolean;
}) {
  const { t } = useDocsT();
  const { t: tc, i18n } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const send = async (file: File) => {
    if (!organizationId) return;
    setBusy(true);
    setError(null);
    try {
      await onUploaded(await uploadFile(organizationId, file, i18n.language));
    } catch (e) {
      setError(errorText(e, tc));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Space orientation="vertical" size={2}>
      <Upload showUploadList={false} disabled={disabled || !organizationId || busy} customRequest={({ file }) => void send(file as File)}>
        <Button icon={<UploadOutlined />} loading={busy} disabled={disabled || !organizationId}>{busy ? t('attachments.uploading') : label}</Button>
      </Upload>
      {error && <Typography.Text type="danger" data-testid="file-error">{error}</Typography.Text>}
    </Space>
  );
}

/** A form field holding the id of an uploaded file: upload, show what was uploaded, remove. */
export function FileField({ organizationId, value, onChange }: { organizationId: string | undefined; value?: string | null; onChange?: (id: string | null) => void }) {
  const { t } = useDocsT();
  const [info, setInfo] = useState<FileInfo | null>(null);
  const shown = info && info.id === value ? info : null;
  return (
    <Space wrap align="start">
      <UploadButton organizationId={organizationId} label={shown ? t('attachments.replace') : t('attachments.choose')}
        onUploaded={(f) => { setInfo(f); onChange?.(f.id); }} />
      {shown && (
        <Space size={4} style={{ paddingTop: 4 }}>
          <FileLine f={shown} />
          <Button size="small" type="link" onClick={() => { setInfo(null); onChange?.(null); }}>{t('attachments.remove')}</Button>
        </Space>
      )}
    </Space>
  );
}

/** Attached files: name (download), size, type, and an optional action per file. */
export function FilesTable({ files, action }: { files: ListedFile[]; action?: (f: ListedFile) => ReactNode }) {
  const { t } = useDocsT();
  const { i18n } = useTranslation();
  const columns: ColumnsType<ListedFile> = [
    { title: t('attachments.name'), dataIndex: 'name', render: (_, f) => <a href={fileUrl(f.id)} download={f.name}>{f.name}</a> },
    { title: t('attachments.size'), dataIndex: 'size', width: 120, align: 'right', render: (s: number) => formatSize(s, i18n.language) },
    { title: t('attachments.type'), dataIndex: 'mime', width: 160, render: (m: string) => typeLabel(m) },
    { key: 'text', render: (_, f) => <TextStatusTag f={f} /> },
    ...(action ? [{ key: 'action', width: 160, render: (_: unknown, f: ListedFile) => action(f) }] : []),
  ];
  return <Table<ListedFile> size="small" rowKey="id" pagination={false} columns={columns} dataSource={files} locale={{ emptyText: t('attachments.none') }} data-testid="files-table" />;
}
