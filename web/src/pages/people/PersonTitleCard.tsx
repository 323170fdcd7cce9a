import { useQuery } from '@tanstack/react-query';
import { Alert, Card, DatePicker, List, Space, Spin, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/api';
import { useOrgNames } from '../../api/orgTree';
import { errorText } from '../../components/errors';
import { DISPLAY_DAY, formatDay, today } from '../../lib/dates';
import { SPHERE_COLORS } from '../../lib/enums';

/** "Chức danh hôm nay": every title the person holds on a day, as written before their name. */
export function PersonTitleCard({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const names = useOrgNames();
  const [date, setDate] = useState(today());
  const isToday = date === today();
  const { data, isPending, error } = useQuery({
    queryKey: ['person', personId, 'title', date],
    queryFn: () => api.get('/api/v1/people/:id/title', { params: { id: personId }, query: { date } }),
  });

  return (
    <Card
      title={isToday ? t('person.titleToday') : t('person.titleOn', { date: formatDay(date) })}
      extra={
        <Space>
          <Typography.Text type="secondary">{t('person.onDate')}</Typography.Text>
          <DatePicker
            format={DISPLAY_DAY}
            value={dayjs(date)}
            allowClear={false}
            onChange={(d) => setDate(d ? d.format('YYYY-MM-DD') : today())}
            aria-label={t('person.onDate')}
          />
        </Space>
      }
    >
      {isPending && <Spin />}
      {error && <Alert type="warning" showIcon title={errorText(error, t)} />}
      {data && (
        <>
          <Typography.Paragraph style={{ fontSize: 16, fontWeight: 500 }} data-testid="person-title">
            {data.title}
          </Typography.Paragraph>
          {data.posts.length === 0 && <Typography.Text type="secondary">{t('person.noTitle')}</Typography.Text>}
          {data.posts.length > 0 && (
            <List
              size="small"
              dataSource={[...data.posts].sort((a, b) => a.precedence - b.precedence)}
              renderItem={(p) => (
                <List.Item>
                  <Space wrap>
                    <Tag color={SPHERE_COLORS[p.sphere]}>{t(`spheres.${p.sphere}`)}</Tag>
                    <span>{p.title}</span>
                    <Link to={`/organizations/${p.organizationId}?tab=posts`}>{names.get(p.organizationId)?.name ?? ''}</Link>
                    <Typography.Text type="secondary">
                      {t('common.period', { from: formatDay(p.startsOn), to: p.endsOn ? formatDay(p.endsOn) : t('common.present') })}
                    </Typography.Text>
                  </Space>
                </List.Item>
              )}
            />
          )}
        </>
      )}
    </Card>
  );
}
