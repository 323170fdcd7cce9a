import { useQuery } from '@tanstack/react-query';
import { Alert, Badge, Card, Col, Empty, List, Row, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../../api/api';
import { errorText } from '../../../components/errors';
import { PageTitle } from '../../../components/PageTitle';
import { formatDay } from '../../../lib/dates';
import { appLink } from '../common';
import { useWorkT } from '../i18n';
import type { InboxSection } from '../types';

function Section({ s }: { s: InboxSection }) {
  const { t } = useWorkT();
  const title = t(`inbox.sections.${s.key}`);
  return (
    <Card title={<span>{title} <Badge count={s.count} color={s.overdue ? 'red' : 'blue'} overflowCount={999} /></span>} size="small" data-testid={`inbox-${s.key}`}>
      <List
        size="small"
        dataSource={s.items}
        renderItem={(i) => (
          <List.Item>
            <div>
              <Link to={appLink(i.link)}>{i.title}</Link>
              <div>
                {i.subtitle && <Typography.Text type="secondary" style={{ fontSize: 12 }}>{i.subtitle} </Typography.Text>}
                {i.dueOn && <Typography.Text type={i.overdue ? 'danger' : 'secondary'} strong={i.overdue} style={{ fontSize: 12 }}>{t('inbox.due', { day: formatDay(i.dueOn) })}</Typography.Text>}
              </div>
            </div>
          </List.Item>
        )}
      />
      {s.count > s.items.length && <Typography.Text type="secondary">{t('inbox.more', { count: s.count - s.items.length })}</Typography.Text>}
    </Card>
  );
}

/** /inbox: "what needs me today", one card per kind of work, the overdue first. */
export function InboxPage() {
  const { t } = useWorkT();
  const { t: tc } = useTranslation();
  const q = useQuery({ queryKey: ['work-inbox'], queryFn: () => api.get('/api/v1/inbox', { query: { limit: 8 } }), retry: false });
  const sections = (q.data?.sections ?? []).filter((s) => s.count > 0);
  return (
    <>
      <PageTitle title={t('inbox.title')} sub={q.data ? `${t('inbox.intro')} ${formatDay(q.data.day)}` : t('inbox.intro')} />
      {q.isPending && <Spin />}
      {q.error && <Alert type="warning" showIcon title={t('inbox.unavailable')} description={errorText(q.error, tc)} />}
      {q.data && sections.length === 0 && <Empty description={t('inbox.empty')} />}
      <Row gutter={[16, 16]}>
        {sections.map((s) => (
          <Col key={s.key} xs={24} lg={12}><Section s={s} /></Col>
        ))}
      </Row>
    </>
  );
}
