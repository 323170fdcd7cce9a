import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Segmented, Space, Spin, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../../api/api';
import { errorText } from '../../components/errors';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageTitle } from '../../components/PageTitle';
import { DAY } from '../../lib/dates';
import { FeedsButton } from './FeedsButton';
import { STATE_COLORS } from './labels';
import type { MeetingSummary } from './types';
import { useMeetingsT } from './i18n';

type View = 'month' | 'week';
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

/** Weeks start on Monday (thứ Hai). */
const mondayOf = (d: Dayjs) => d.subtract((d.day() + 6) % 7, 'day').startOf('day');

function rangeOf(view: View, anchor: Dayjs): Dayjs[] {
  const first = view === 'week' ? mondayOf(anchor) : mondayOf(anchor.startOf('month'));
  const last = view === 'week' ? first.add(6, 'day') : mondayOf(anchor.endOf('month')).add(6, 'day');
  const days: Dayjs[] = [];
  for (let d = first; !d.isAfter(last); d = d.add(1, 'day')) days.push(d);
  return days;
}

const DOT: Record<string, string> = { default: '#8c8c8c', blue: '#1677ff', green: '#52c41a', red: '#ff4d4f', orange: '#fa8c16' };

function Entry({ m, detailed }: { m: MeetingSummary; detailed: boolean }) {
  const navigate = useNavigate();
  const color = DOT[STATE_COLORS[m.state]] ?? '#8c8c8c';
  return (
    <div
      role="link"
      tabIndex={0}
      title={m.title}
      data-testid="calendar-entry"
      onClick={() => void navigate(`/meetings/${m.id}`)}
      onKeyDown={(e) => e.key === 'Enter' && void navigate(`/meetings/${m.id}`)}
      style={{ cursor: 'pointer', fontSize: 12, lineHeight: 1.35, borderLeft: `3px solid ${color}`, background: '#fafafa', padding: '2px 4px', marginTop: 3, overflow: 'hidden', display: '-webkit-box', WebkitBoxOrient: 'vertical', WebkitLineClamp: detailed ? 6 : 2, textDecoration: m.state === 'cancelled' ? 'line-through' : undefined }}
    >
      <strong>{dayjs(m.startsAt).format('HH:mm')}</strong> {m.title}
      {detailed && m.place && <div style={{ color: '#888' }}>{m.place}</div>}
    </div>
  );
}

function Grid({ days, view, anchor, meetings }: { days: Dayjs[]; view: View; anchor: Dayjs; meetings: MeetingSummary[] }) {
  const { t } = useMeetingsT();
  const today = dayjs().format(DAY);
  const byDay = new Map<string, MeetingSummary[]>();
  for (const m of [...meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    const k = dayjs(m.startsAt).format(DAY);
    byDay.set(k, [...(byDay.get(k) ?? []), m]);
  }
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', border: '1px solid #f0f0f0' }} data-testid={`calendar-${view}`}>
      {WEEKDAYS.map((i) => (
        <div key={i} style={{ padding: 6, fontWeight: 600, background: '#fafafa', borderBottom: '1px solid #f0f0f0', textAlign: 'center' }}>
          {t(`calendar.weekdays.${i}`)}
        </div>
      ))}
      {days.map((d) => {
        const k = d.format(DAY);
        const outside = view === 'month' && d.month() !== anchor.month();
        return (
          <div key={k} data-day={k} style={{ minHeight: view === 'week' ? 320 : 104, padding: 4, borderRight: '1px solid #f0f0f0', borderBottom: '1px solid #f0f0f0', background: k === today ? '#e6f4ff' : outside ? '#fcfcfc' : '#fff', opacity: outside ? 0.55 : 1 }}>
            <div style={{ textAlign: 'right', fontSize: 12, fontWeight: k === today ? 700 : 400 }}>{view === 'week' ? d.format('DD/MM') : d.date()}</div>
            {(byDay.get(k) ?? []).map((m) => <Entry key={m.id} m={m} detailed={view === 'week'} />)}
          </div>
        );
      })}
    </div>
  );
}

/** The meetings calendar: a month or a week, the meetings the user may see, a click opens one. */
export function CalendarPage() {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const [view, setView] = useState<View>('month');
  const [anchor, setAnchor] = useState(() => dayjs());
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const days = rangeOf(view, anchor);
  const from = days[0]?.format(DAY) ?? '';
  const to = days.at(-1)?.format(DAY) ?? '';
  const q = useQuery({
    queryKey: ['meetings', 'calendar', from, to, organizationId],
    queryFn: () => api.get('/api/v1/meetings/calendar', { query: { from, to, organizationId } }),
    retry: false,
  });
  const step = (n: number) => setAnchor((a) => a.add(n, view));
  const label = view === 'month' ? t('calendar.monthLabel', { month: anchor.month() + 1, year: anchor.year() }) : t('calendar.weekLabel', { from: days[0]?.format('DD/MM') ?? '', to: days.at(-1)?.format('DD/MM/YYYY') ?? '' });
  return (
    <>
      <PageTitle title={t('calendar.title')} extra={<FeedsButton />} />
      <Card>
        <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
          <Space wrap>
            <Button icon={<LeftOutlined />} onClick={() => step(-1)} aria-label={t('calendar.previous')} />
            <Button onClick={() => setAnchor(dayjs())}>{t('calendar.today')}</Button>
            <Button icon={<RightOutlined />} onClick={() => step(1)} aria-label={t('calendar.next')} />
            <Typography.Title level={4} style={{ margin: 0 }} data-testid="calendar-label">{label}</Typography.Title>
            {q.isFetching && <Spin size="small" />}
          </Space>
          <Space wrap>
            <OrgTreeSelect style={{ width: 240 }} allowClear placeholder={t('list.organizationFilter')} value={organizationId} onChange={setOrganizationId} />
            <Segmented<View> value={view} onChange={setView} options={[{ value: 'month', label: t('calendar.month') }, { value: 'week', label: t('calendar.week') }]} />
          </Space>
        </Space>
        {q.error && <Alert type="error" showIcon title={errorText(q.error, tc)} style={{ marginBottom: 12 }} />}
        <Grid days={days} view={view} anchor={anchor} meetings={q.data?.data ?? []} />
      </Card>
    </>
  );
}
