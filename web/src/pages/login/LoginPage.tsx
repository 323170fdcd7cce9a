import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Input, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useSearchParams } from 'react-router-dom';
import { useLogin, useMe } from '../../auth/session';
import { errorText } from '../../components/errors';
import { required } from '../../components/forms';
import { LanguageSwitch } from '../../components/LanguageSwitch';

interface Values {
  username: string;
  password: string;
}

/** Only same-site paths: "?next=https://elsewhere" must not send the user away. */
function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function LoginPage() {
  const { t } = useTranslation();
  const { data: me } = useMe();
  const login = useLogin();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));

  if (me) return <Navigate to={next} replace />;

  return (
    <div className="login-page">
      <Card style={{ width: 400, maxWidth: '100%', boxShadow: '0 12px 40px rgba(0,0,0,0.15)' }}>
        <Space orientation="vertical" size="large" style={{ width: '100%' }}>
          <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'start' }}>
            <Space align="center">
              <img src="/favicon.svg" alt="" width={40} height={40} />
              <div>
                <Typography.Title level={3} style={{ margin: 0 }}>
                  {t('app.name')}
                </Typography.Title>
                <Typography.Text type="secondary">{t('auth.subtitle')}</Typography.Text>
              </div>
            </Space>
            <LanguageSwitch />
          </div>
          {login.isError && <Alert type="error" showIcon title={errorText(login.error, t)} role="alert" />}
          <Form<Values>
            layout="vertical"
            requiredMark={false}
            onFinish={(values) => login.mutate(values, { onSuccess: () => void navigate(next, { replace: true }) })}
          >
            <Form.Item name="username" label={t('auth.username')} rules={[required(t, t('auth.username'))]}>
              <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
            </Form.Item>
            <Form.Item name="password" label={t('auth.password')} rules={[required(t, t('auth.password'))]}>
              <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
            </Form.Item>
            <Button type="primary" htmlType="submit" block size="large" loading={login.isPending}>
              {t('auth.submit')}
            </Button>
          </Form>
        </Space>
      </Card>
    </div>
  );
}
