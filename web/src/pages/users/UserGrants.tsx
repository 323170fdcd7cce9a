import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, List, Popconfirm, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/api';
import type { Role, User, UserGrant } from '../../api/types';
import { useErrorHandler } from '../../components/errors';
import { requiredSelect } from '../../components/forms';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { ROLES } from '../../lib/enums';

interface GrantValues {
  role: Role;
  organizationId: string;
}

/** Roles granted on an organization (and everything below it): list, remove with confirmation, add. */
export function UserGrants({ user, onChange }: { user: User; onChange: (u: User) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useErrorHandler();
  const [form] = Form.useForm<GrantValues>();
  const add = useMutation({
    mutationFn: (v: GrantValues) => api.post('/api/v1/users/:id/grants', { params: { id: user.id }, body: v }),
    onSuccess: (u) => {
      void message.success(t('users.grantAdded'));
      form.resetFields();
      onChange(u);
    },
    onError: (e) => onError(e, { form }),
  });
  const remove = useMutation({
    mutationFn: (g: UserGrant) => api.del('/api/v1/users/:id/grants/:grantId', { params: { id: user.id, grantId: g.id } }),
    onSuccess: (u) => {
      void message.success(t('users.grantRemoved'));
      onChange(u);
    },
    onError: (e) => onError(e),
  });

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <List
        size="small"
        bordered
        dataSource={user.grants}
        locale={{ emptyText: t('users.noGrants') }}
        renderItem={(g) => (
          <List.Item
            actions={[
              <Popconfirm
                key="remove"
                title={t('users.removeGrant')}
                description={t('users.removeGrantConfirm', { role: t(`roles.${g.role}`), organization: g.organizationName })}
                okText={t('common.confirm')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={() => remove.mutateAsync(g)}
              >
                <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('users.removeGrant')} />
              </Popconfirm>,
            ]}
          >
            <Space wrap>
              <Tag color="blue">{t(`roles.${g.role}`)}</Tag>
              <Link to={`/organizations/${g.organizationId}`}>{g.organizationName}</Link>
            </Space>
          </List.Item>
        )}
      />
      <Typography.Text strong>{t('users.addGrant')}</Typography.Text>
      <Form<GrantValues> form={form} layout="inline" onFinish={(v) => add.mutate(v)} style={{ rowGap: 8 }}>
        <Form.Item name="role" rules={[requiredSelect(t, t('users.role'))]}>
          <Select
            style={{ width: 220 }}
            placeholder={t('users.role')}
            options={ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))}
          />
        </Form.Item>
        <Form.Item name="organizationId" rules={[requiredSelect(t, t('users.organization'))]}>
          <OrgTreeSelect style={{ width: 300 }} placeholder={t('users.organization')} />
        </Form.Item>
        <Button htmlType="submit" icon={<PlusOutlined />} loading={add.isPending}>
          {t('users.addGrant')}
        </Button>
      </Form>
    </Space>
  );
}
