import { useQuery } from '@tanstack/react-query';
import { Badge, Empty, List, Spin, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../../api/api';
import { useWorkT } from '../workplan/i18n';

/** The home page's card: each kind of waiting work with its count, the overdue in red; the inbox has the items. */
export function InboxSummary() {
  const { t } = useWorkT();
  const q = useQuery({ queryKey: ['work-inbox-summary'], queryFn: () => api.get('/api/v1/inbox', { query: { limit: 1 } }), retry: false });
  if (q.isPending) return <Spin />;
  if (q.error) return <Typography.Text type="secondary">{t('inbox.unavailable')}</Typography.Text>;
  const sections = q.data.sections.filter((s) => s.count > 0);
  if (sections.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('inbox.empty')} />;
  return (
    <List
      size="small"
      dataSource={sections}
      data-testid="home-inbox"
      footer={<Link to="/inbox">{t('inbox.open')}</Link>}
      renderItem={(s) => (
        <List.Item extra={<Badge count={s.count} color={s.overdue ? 'red' : 'blue'} overflowCount={9999} />}>
          <Link to="/inbox">{t(`inbox.sections.${s.key}`)}</Link>
        </List.Item>
      )}
    />
  );
}
