import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Form, Input, Modal, Popconfirm, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import type { ApiToken, CreatedToken, ListOf } from '../../api/types';
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

export function TokensPage() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const onError = useErrorHandler();
  const [creating, setCreating] = useState(false);
  const [secret, setSecret] = useState<CreatedToken | null>(null);
  const { data, isPending, error } = useQuery({
    queryKey: tokensKey,
    queryFn: () => api.get<ListOf<ApiToken>>('/api/v1/auth/tokens'),
    select: (r) => r.data,
  });
  const revoke = useMutation({
    mutationFn: (id: string) => api.del(`/api/v1/auth/tokens/${id}`),
    onSuccess: () => {
      void message.success(t('tokens.revokedDone'));
      void qc.invalidateQueries({ queryKey: tokensKey });
    },
    onError: (e) => onError(e),
  });

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
        {error && <Alert type="error" showIcon title={errorText(error, t)} />}
        <Table<ApiToken>
          rowKey="id"
          loading={isPending}
          dataSource={data ?? []}
          pagination={false}
          locale={{ emptyText: t('tokens.empty') }}
          columns={[
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
                    onConfirm={() => revoke.mutateAsync(tk.id)}
                  >
                    <Button danger size="small" icon={<DeleteOutlined />}>
                      {t('tokens.revoke')}
                    </Button>
                  </Popconfirm>
                ),
            },
          ]}
        />
      </Card>
      <FormModal<{ name: string; expiresOn?: Dayjs | null }>
        open={creating}
        onClose={() => setCreating(false)}
        title={t('tokens.create')}
        okText={t('tokens.create')}
        initialValues={{ expiresOn: dayjs().add(1, 'year') }}
        submit={async (v) => {
          const created = await api.post<CreatedToken>('/api/v1/auth/tokens', { name: v.name.trim(), expiresOn: toDay(v.expiresOn) });
          setSecret(created);
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
      <Modal
        open={secret !== null}
        title={t('tokens.created')}
        onCancel={() => setSecret(null)}
        footer={<Button type="primary" onClick={() => setSecret(null)}>{t('common.close')}</Button>}
        mask={{ closable: false }}
      >
        <Alert type="warning" showIcon title={t('tokens.secretOnce')} style={{ marginBottom: 16 }} />
        <Typography.Paragraph strong>{secret?.name}</Typography.Paragraph>
        <Typography.Paragraph code copyable={{ text: secret?.token ?? '' }} style={{ wordBreak: 'break-all' }} data-testid="token-secret">
          {secret?.token}
        </Typography.Paragraph>
      </Modal>
    </>
  );
}
