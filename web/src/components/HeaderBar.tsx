import { DownOutlined, KeyOutlined, LockOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useLogout, useMe } from '../auth/session';
import { ChangePasswordModal } from './ChangePasswordModal';
import { HeaderSearch } from '../pages/documents/HeaderSearch';
import { LanguageSwitch } from './LanguageSwitch';

export function HeaderBar() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const logout = useLogout();
  const navigate = useNavigate();
  const [passwordOpen, setPasswordOpen] = useState(false);

  return (
    <>
      <Typography.Text type="secondary" ellipsis>
        {t('app.tagline')}
      </Typography.Text>
      <Space size="middle">
        <HeaderSearch />
        <LanguageSwitch />
        <Dropdown
          trigger={['click']}
          menu={{
            items: [
              { key: 'password', icon: <LockOutlined />, label: t('auth.changePassword'), onClick: () => setPasswordOpen(true) },
              { key: 'tokens', icon: <KeyOutlined />, label: t('auth.tokens'), onClick: () => void navigate('/account/tokens') },
              { type: 'divider' },
              {
                key: 'logout',
                icon: <LogoutOutlined />,
                label: t('auth.logout'),
                onClick: () => logout.mutate(),
              },
            ],
          }}
        >
          <Button type="text" data-testid="user-menu">
            <Space>
              <Avatar size="small" icon={<UserOutlined />} style={{ backgroundColor: '#c8102e' }} />
              <span>{me?.displayName ?? me?.username}</span>
              <DownOutlined style={{ fontSize: 10 }} />
            </Space>
          </Button>
        </Dropdown>
      </Space>
      <ChangePasswordModal open={passwordOpen} onClose={() => setPasswordOpen(false)} />
    </>
  );
}
