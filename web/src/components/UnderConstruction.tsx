import { ToolOutlined } from '@ant-design/icons';
import { Button, Card, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { UpcomingModule } from '../nav';

export function UnderConstruction({ module }: { module: UpcomingModule }) {
  const { t } = useTranslation();
  return (
    <Card>
      <Result
        icon={<ToolOutlined style={{ color: '#c8102e' }} />}
        title={t('construction.title')}
        subTitle={t('construction.subtitle', { module: t(`nav.${module}`) })}
        extra={
          <Link to="/">
            <Button type="primary">{t('common.backHome')}</Button>
          </Link>
        }
      >
        <Typography.Paragraph style={{ textAlign: 'center', margin: 0 }}>{t(`construction.${module}`)}</Typography.Paragraph>
      </Result>
    </Card>
  );
}

export function NotFound() {
  const { t } = useTranslation();
  return (
    <Result
      status="404"
      title="404"
      subTitle={t('common.notFound')}
      extra={
        <Link to="/">
          <Button type="primary">{t('common.backHome')}</Button>
        </Link>
      }
    />
  );
}
