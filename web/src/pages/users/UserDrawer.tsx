import { KeyOutlined, LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Divider, Drawer, Form, Input, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/api';
import type { User } from '../../api/types';
import { useMe } from '../../auth/session';
import { PASSWORD_RULE } from '../../components/ChangePasswordModal';
import { EntityHistory } from '../../components/EntityHistory';
import { useErrorHandler } from '../../components/errors';
import { FormModal } from '../../components/FormModal';
import { required } from '../../components/forms';
import { formatDateTime } from '../../lib/dates';
import { CLEARANCE_COLORS, clearanceKey } from '../../lib/enums';
import { UserEditForm } from './UserEditForm';
import { UserGrants } from './UserGrants';

interface Props {
  user: User;
  onChange: (u: User) => void;
  onClose: () => void;
}

export function UserDrawer({ user, onChange, onClose }: Props) {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const qc = useQueryClient();
  const { message, modal } = App.useApp();
  const onError = useErrorHandler();
  const [resetting, setResetting] = useState(false);
  const changed = (u: User) => {
    onChange(u);
    void qc.invalidateQueries({ queryKey: ['users'] });
    void qc.invalidateQueries({ queryKey: ['audit'] });
  };
  const toggle = useMutation({
    mutationFn: () => api.post(`/api/v1/users/:id/${user.disabledAt ? 'enable' : 'disable'}`, { params: { id: user.id } }),
    onSuccess: (u) => {
      void message.success(u.disabledAt ? t('users.disabledDone') : t('users.enabledDone'));
      changed(u);
    },
    onError: (e) => onError(e),
  });
  const confirmToggle = () =>
    modal.confirm({
      title: user.disabledAt ? t('users.enable') : t('users.disable'),
      content: user.disabledAt ? t('users.enableConfirm', { name: user.username }) : t('users.disableConfirm', { name: user.username }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: !user.disabledAt },
      onOk: () => toggle.mutateAsync(),
    });

  return (
    <Drawer open onClose={onClose} size={720} title={t('users.detail', { name: user.username })}>
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Space wrap>
          {user.disabledAt ? <Tag>{t('users.disabled')}</Tag> : <Tag color="green">{t('users.active')}</Tag>}
          {user.isSystemAdmin && <Tag color="red">{t('users.systemAdmin')}</Tag>}
          <Tag color={CLEARANCE_COLORS[user.clearance] ?? 'default'}>{t(`clearance.${clearanceKey(user.clearance)}`)}</Tag>
        </Space>
        <Descriptions
          size="small"
          column={1}
          items={[
            { key: 'username', label: t('users.username'), children: <Typography.Text code>{user.username}</Typography.Text> },
            {
              key: 'person',
              label: t('users.person'),
              children: user.personId ? <Link to={`/people/${user.personId}`}>{user.displayName}</Link> : t('common.none'),
            },
            { key: 'lastLogin', label: t('users.lastLogin'), children: user.lastLoginAt ? formatDateTime(user.lastLoginAt) : t('users.neverLoggedIn') },
            { key: 'createdAt', label: t('tokens.createdAt'), children: formatDateTime(user.createdAt) },
          ]}
        />
        <Space wrap>
          <Button icon={<KeyOutlined />} onClick={() => setResetting(true)}>
            {t('users.resetPassword')}
          </Button>
          <Button
            danger={!user.disabledAt}
            icon={user.disabledAt ? <UnlockOutlined /> : <LockOutlined />}
            onClick={confirmToggle}
            disabled={user.id === me?.userId}
          >
            {user.disabledAt ? t('users.enable') : t('users.disable')}
          </Button>
        </Space>
        <Divider titlePlacement="start">{t('users.grants')}</Divider>
        <UserGrants user={user} onChange={changed} />
        <Divider titlePlacement="start">{t('common.edit')}</Divider>
        <UserEditForm user={user} onChange={changed} />
        <Divider titlePlacement="start">{t('person.history')}</Divider>
        <EntityHistory entity="user" entityId={user.id} />
      </Space>
      <FormModal<{ newPassword: string }>
        open={resetting}
        onClose={() => setResetting(false)}
        title={`${t('users.resetPassword')}: ${user.username}`}
        onDone={() => void message.success(t('users.passwordReset'), 6)}
        fieldFor={{ 'auth.weak_password': 'newPassword' }}
        submit={(v) => api.post('/api/v1/users/:id/password', { params: { id: user.id }, body: { newPassword: v.newPassword } })}
      >
        <Form.Item
          name="newPassword"
          label={t('auth.newPassword')}
          extra={t('auth.passwordRule')}
          rules={[required(t, t('auth.newPassword')), { pattern: PASSWORD_RULE, message: t('auth.passwordRule') }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
      </FormModal>
    </Drawer>
  );
}
