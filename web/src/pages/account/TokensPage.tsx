import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, Modal, Popconfirm, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import type { ColumnsType } from 'antd/es/table/interface';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import type { ApiToken, CreatedToken } from '../../api/types';
import { errorText, useErrorHandler } from '../../components/errors';
import { FormModal } from '../../components/FormModal';
import { required } from '../../components/forms';
import { PageTitle } from '../../components/PageTitle';
import { DISPLAY_DAY, formatDateTime, toDay } from '../../lib/dates';

const tokensKey = ['tokens'] as const;

function status(token: ApiToken): 'revoked' | 'expired' | 'active' {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && dayjs(token.expiresAt).isBefore(dayjs())) return 'expired';
  return 'active';
}

/** The user's tokens, and revoking one. */
function useTokens() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const onError = useErrorHandler();
  const list = useQuery({
    queryKey: tokensKey,
    queryFn: () => api.get('/api/v1/auth/tokens'),
    select: (r) => r.data,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api.del('/api/v1/auth/tokens/:id', { params: { id } }),
    onSuccess: () => {
      void message.success(t('tokens.revokedDone'));
      void qc.invalidateQueries({ queryKey: tokensKey });
    },
    onError: (e) => onError(e),
  });
  return { list, revoke };
}

function columns(t: TFunction, onRevoke: (id: string) => Promise<unknown>): ColumnsType<ApiToken> {
  return [
    { key: 'name', title: t('tokens.name'), dataIndex: 'name' },
    { key: 'prefix', title: t('tokens.prefix'), render: (_, tk) => <Typography.Text code>{tk.prefix}…</Typography.Text> },
    { key: 'createdAt', title: t('tokens.createdAt'), render: (_, tk) => formatDateTime(tk.createdAt) },
    { key: 'expiresAt', title: t('tokens.expiresOn'), render: (_, tk) => (tk.expiresAt ? formatDateTime(tk.expiresAt) : t('tokens.noExpiry')) },
    { key: 'lastUsedAt', title: t('tokens.lastUsedAt'), render: (_, tk) => (tk.lastUsedAt ? formatDateTime(tk.lastUsedAt) : t('tokens.never')) },
    {
      key: 'status',
      title: t('tokens.status'),
      render: (_, tk) => {
        const s = status(tk);
        return <Tag color={s === 'active' ? 'green' : 'default'}>{t(`tokens.${s}`)}</Tag>;
      },
    },
    {
      key: 'actions',
      render: (_, tk) =>
        status(tk) === 'active' && (
          <Popconfirm
            title={t('tokens.revoke')}
            description={t('tokens.revokeConfirm', { name: tk.name })}
            okText={t('tokens.revoke')}
            cancelText={t('common.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => onRevoke(tk.id)}
          >
            <Button danger size="small" icon={<DeleteOutlined />}>
              {t('tokens.revoke')}
            </Button>
          </Popconfirm>
        ),
    },
  ];
}

function CreateTokenModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (token: CreatedToken) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  return (
    <FormModal<{ name: string; expiresOn?: Dayjs | null }>
      open={open}
      onClose={onClose}
      title={t('tokens.create')}
      okText={t('tokens.create')}
      initialValues={{ expiresOn: dayjs().add(1, 'year') }}
      submit={async (v) => {
        const created = await api.post('/api/v1/auth/tokens', { body: { name: v.name.trim(), expiresOn: toDay(v.expiresOn) } });
        onCreated(created);
        await qc.invalidateQueries({ queryKey: tokensKey });
      }}
    >
      <Form.Item name="name" label={t('tokens.name')} rules={[required(t, t('tokens.name')), { max: 100 }]}>
        <Input placeholder={t('tokens.namePlaceholder')} />
      </Form.Item>
      <Form.Item name="expiresOn" label={t('tokens.expiresOn')} extra={t('tokens.expiryHint')}>
        <DatePicker format={DISPLAY_DAY} disabledDate={(d) => d.isBefore(dayjs(), 'day')} />
      </Form.Item>
    </FormModal>
  );
}

/** The new token's secret, shown this once. */
function SecretModal({ secret, onClose }: { secret: CreatedToken | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      open={secret !== null}
      title={t('tokens.created')}
      onCancel={onClose}
      footer={<Button type="primary" onClick={onClose}>{t('common.close')}</Button>}
      mask={{ closable: false }}
    >
      <Alert type="warning" showIcon title={t('tokens.secretOnce')} style={{ marginBottom: 16 }} />
      <Typography.Paragraph strong>{secret?.name}</Typography.Paragraph>
      <Typography.Paragraph code copyable={{ text: secret?.token ?? '' }} style={{ wordBreak: 'break-all' }} data-testid="token-secret">
        {secret?.token}
      </Typography.Paragraph>
    </Modal>
  );
}

export function TokensPage() {
  const { t } = useTranslation();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<CreatedToken | null>(null);
  const { list, revoke } = useTokens();
  return (
    <>
      <PageTitle
        title={t('tokens.title')}
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('tokens.create')}
          </Button>
        }
      />
      <Card>
        <Typography.Paragraph type="secondary">{t('tokens.intro')}</Typography.Paragraph>
        {list.error && <Alert type="error" showIcon title={errorText(list.error, t)} />}
        <Table<ApiToken>
          rowKey="id"
          loading={list.isPending}
          dataSource={list.data ?? []}
          pagination={false}
          locale={{ emptyText: t('tokens.empty') }}
          columns={columns(t, revoke.mutateAsync)}
        />
      </Card>
      <CreateTokenModal open={creating} onClose={() => setCreating(false)} onCreated={setSecret} />
      <SecretModal secret={secret} onClose={() => setSecret(null)} />
    </>
  );
}
