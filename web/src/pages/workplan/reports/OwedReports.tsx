import { useQuery } from '@tanstack/react-query';
import { Card, List, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { api } from '../../../api/api';
import { formatDay } from '../../../lib/dates';
import { appLink } from '../common';
import { useWorkT } from '../i18n';

/** The reports the user's own units still owe (the inbox's reports section), so a reporter finds its form from here too. */
export function OwedReports() {
  const { t } = useWorkT();
  const q = useQuery({ queryKey: ['work-inbox', 'reports'], queryFn: () => api.get('/api/v1/inbox', { query: { limit: 20 } }), retry: false });
  const section = q.data?.sections.find((s) => s.key === 'reports');
  if (!section || section.count === 0) return null;
  return (
    <Card title={t('reports.mine')} style={{ marginBottom: 16 }} data-testid="owed-reports">
      <List
        size="small"
        dataSource={section.items}
        renderItem={(i) => (
          <List.Item>
            <Link to={appLink(i.link)}>{i.title}</Link>
            <Typography.Text type={i.overdue ? 'danger' : 'secondary'} strong={i.overdue}>
              {i.subtitle ? `${i.subtitle} · ` : ''}{i.dueOn ? t('inbox.due', { day: formatDay(i.dueOn) }) : ''}
            </Typography.Text>
          </List.Item>
        )}
      />
    </Card>
  );
}
