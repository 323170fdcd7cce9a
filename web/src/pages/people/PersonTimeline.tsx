import { useQuery } from '@tanstack/react-query';
import { Alert, Empty, Space, Spin, Tag, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/api';
import type { TimelineEntry } from '../../api/types';
import { errorText } from '../../components/errors';
import { formatDay, isCurrent } from '../../lib/dates';
import { isBodyKind } from '../../lib/enums';

const KIND_ORDER: Record<TimelineEntry['kind'], number> = { post: 0, body: 1, assignment: 2 };
const KIND_COLORS: Record<TimelineEntry['kind'], string> = { post: 'red', body: 'blue', assignment: 'purple' };

/** Bodies come as their kind, assignments as 'in_charge': both are named here; posts carry their title. */
function labelOf(e: TimelineEntry, t: TFunction): string {
  if (e.kind === 'body') return isBodyKind(e.label) ? t(`bodyKinds.${e.label}`) : e.label;
  if (e.kind === 'assignment') return t('person.inCharge');
  return e.label;
}

/** Quá trình công tác: posts held, bodies sat on and cells in charge of, newest first. */
export function PersonTimeline({ personId }: { personId: string }) {
  const { t } = useTranslation();
  const { data, isPending, error } = useQuery({
    queryKey: ['person', personId, 'timeline'],
    queryFn: () => api.get('/api/v1/people/:id/timeline', { params: { id: personId } }),
    select: (r) => [...r.data].sort((a, b) => b.startsOn.localeCompare(a.startsOn) || KIND_ORDER[a.kind] - KIND_ORDER[b.kind]),
  });
  if (isPending) return <Spin />;
  if (error) return <Alert type="warning" showIcon title={errorText(error, t)} />;
  if (data.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('person.timelineEmpty')} />;

  return (
    <Timeline
      items={data.map((e) => {
        const current = isCurrent(e.startsOn, e.endsOn);
        return {
          key: `${e.kind}-${e.id}`,
          color: current ? 'green' : 'gray',
          title: t('common.period', { from: formatDay(e.startsOn), to: e.endsOn ? formatDay(e.endsOn) : t('common.present') }),
          content: (
            <Space orientation="vertical" size={0} data-testid="timeline-entry">
              <Space wrap size="small">
                <Tag color={KIND_COLORS[e.kind]}>{t(`person.timelineKinds.${e.kind}`)}</Tag>
                <Typography.Text strong={current}>{labelOf(e, t)}</Typography.Text>
              </Space>
              {e.organizationId && (
                <Link to={`/organizations/${e.organizationId}`} style={{ fontSize: 13 }}>
                  {e.organizationName}
                </Link>
              )}
            </Space>
          ),
        };
      })}
    />
  );
}
