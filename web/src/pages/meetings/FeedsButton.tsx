import { CalendarOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, List, Modal, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { errorText } from '../../components/errors';
import { useMeetingsT } from './i18n';

function Feeds() {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const feeds = useQuery({ queryKey: ['calendar', 'feeds'], queryFn: () => api.get('/api/v1/calendar/feeds'), retry: false });
  if (feeds.isPending) return <Spin />;
  if (feeds.error) return <Alert type="warning" showIcon title={errorText(feeds.error, tc)} />;
  const rows = [{ key: 'personal', name: t('feeds.personal'), url: feeds.data.personal }, ...feeds.data.organizations.map((o) => ({ key: o.organizationId, name: o.name, url: o.url }))];
  return (
    <>
      <Typography.Paragraph type="secondary">{t('feeds.intro')}</Typography.Paragraph>
      <List
        size="small"
        dataSource={rows}
        renderItem={(r) => (
          <List.Item data-testid="feed-url">
            <div style={{ width: '100%' }}>
              <Typography.Text strong>{r.name}</Typography.Text>
              <Typography.Paragraph copyable={{ text: r.url }} style={{ margin: 0, wordBreak: 'break-all' }} code>
                {r.url}
              </Typography.Paragraph>
            </div>
          </List.Item>
        )}
      />
    </>
  );
}

/** The iCalendar addresses to subscribe to in a phone's or a desktop's calendar. */
export function FeedsButton() {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button icon={<CalendarOutlined />} onClick={() => setOpen(true)} data-testid="calendar-feeds">
        {t('feeds.button')}
      </Button>
      <Modal open={open} title={t('feeds.title')} onCancel={() => setOpen(false)} footer={<Button onClick={() => setOpen(false)}>{tc('common.close')}</Button>} width={680} destroyOnHidden>
        <Feeds />
      </Modal>
    </>
  );
}
