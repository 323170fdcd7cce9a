import { Alert, Empty, Spin, Timeline, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { useOrgNames } from '../../api/orgTree';
import type { OrganizationEvent } from '../../api/types';
import { errorText } from '../../components/errors';
import type { Messages } from '../../i18n/vi';
import { formatDay } from '../../lib/dates';
import { useOrgEvents } from './queries';

const COLORS: Record<OrganizationEvent['kind'], string> = {
  created: 'green',
  renamed: 'blue',
  moved: 'blue',
  merged: 'gray',
  absorbed: 'green',
  dissolved: 'red',
};

type DetailKey = keyof Messages['events']['details'];
const DETAIL_KEYS: DetailKey[] = ['name', 'from', 'to', 'parentId', 'fromParentId', 'toParentId', 'intoId', 'fromId'];
/** Names the server stores beside an id, used when the id is not in the visible tree. */
const NAME_BESIDE: Partial<Record<DetailKey, string>> = { intoId: 'intoName', fromId: 'fromName' };

/** Organization history: founded, renamed, moved, merged, dissolved; referenced organizations are links. */
export function EventsTab({ id }: { id: string }) {
  const { t } = useTranslation();
  const names = useOrgNames();
  const { data, isPending, error } = useOrgEvents(id);
  if (isPending) return <Spin />;
  if (error) return <Alert type="error" showIcon title={errorText(error, t)} />;
  if (data.length === 0) return <Empty description={t('events.empty')} />;

  const detailValue = (e: OrganizationEvent, key: DetailKey): ReactNode => {
    const v = e.details[key];
    if (typeof v !== 'string') return null;
    if (!key.endsWith('Id')) return v;
    const beside = NAME_BESIDE[key];
    const fallback = beside ? e.details[beside] : undefined;
    const node = names.get(v);
    if (node) return <Link to={`/organizations/${v}`}>{node.name}</Link>;
    return <Typography.Text type="secondary">{typeof fallback === 'string' ? fallback : t('org.outOfScope')}</Typography.Text>;
  };
  const events = [...data].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn) || b.createdAt.localeCompare(a.createdAt));

  return (
    <Timeline
      style={{ marginTop: 12 }}
      items={events.map((e) => ({
        key: e.id,
        color: COLORS[e.kind],
        title: formatDay(e.occurredOn),
        content: (
          <div data-testid="org-event">
            <Typography.Text strong>{t(`events.${e.kind}`)}</Typography.Text>
            {DETAIL_KEYS.filter((k) => typeof e.details[k] === 'string').map((k) => (
              <div key={k}>
                <Typography.Text type="secondary">{t(`events.details.${k}`)}: </Typography.Text>
                {detailValue(e, k)}
              </div>
            ))}
            {e.note && <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{e.note}</Typography.Paragraph>}
          </div>
        ),
      }))}
    />
  );
}
