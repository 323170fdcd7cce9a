import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Select, Space, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { keepPreviousData } from '@tanstack/react-query';
import { api } from '../../api/api';
import { useMe } from '../../auth/session';
import { errorText } from '../../components/errors';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageTitle } from '../../components/PageTitle';
import { CursorPager, useCursorStack } from '../../components/paging';
import { defaultOrganization } from './time';
import type { ComplianceRow } from './types';
import { type MeetingsT, useMeetingsT } from './i18n';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
const QUARTERS = [1, 2, 3, 4];
const pct = (share: number | null) => (share === null ? '' : `${Math.round(share * 100)}%`);

/** ✓ held (with its attendance), ✗ missed, blank for a month still to come. */
function MonthCell({ row, month, threshold }: { row: ComplianceRow; month: number; threshold: number }) {
  const { t } = useMeetingsT();
  const cell = row.months.find((m) => m.month === month);
  if (cell?.regularHeld) {
    const low = cell.attendanceShare !== null && cell.attendanceShare * 10_000 < threshold;
    const mark = (
      <span style={{ color: '#389e0d', fontWeight: 700 }} data-testid="cell-held">
        ✓<div style={{ fontSize: 11, fontWeight: 400, color: low ? '#d46b08' : '#666' }}>{pct(cell.attendanceShare)}</div>
      </span>
    );
    return <Tooltip title={t('compliance.held', { share: pct(cell.attendanceShare) })}>{cell.meetingId ? <Link to={`/meetings/${cell.meetingId}`}>{mark}</Link> : mark}</Tooltip>;
  }
  if (!cell?.due) return null;
  return (
    <Tooltip title={t('compliance.missed')}>
      <span style={{ color: '#cf1322', fontWeight: 700 }} data-testid="cell-missed">✗</span>
    </Tooltip>
  );
}

function columns(t: MeetingsT, threshold: number): ColumnsType<ComplianceRow> {
  return [
    {
      key: 'name',
      title: t('compliance.organization'),
      fixed: 'left',
      width: 170,
      render: (_, r) => (r.flagged ? <Typography.Text type="danger" strong>⚑ {r.organizationName}</Typography.Text> : r.organizationName),
    },
    ...MONTHS.map((m) => ({ key: `m${m}`, title: t('compliance.month', { month: m }), width: 44, align: 'center' as const, render: (_: unknown, r: ComplianceRow) => <MonthCell row={r} month={m} threshold={threshold} /> })),
    ...QUARTERS.map((q) => ({
      key: `q${q}`,
      title: t('compliance.quarter', { quarter: q }),
      width: 38,
      align: 'center' as const,
      render: (_: unknown, r: ComplianceRow) => (r.quarters.find((x) => x.quarter === q)?.thematicHeld ? <span style={{ color: '#389e0d' }}>✓</span> : ''),
    })),
    { key: 'missed', title: t('compliance.missedMonths'), dataIndex: 'missedMonths', width: 72, align: 'center' },
    { key: 'low', title: t('compliance.lowAttendance'), dataIndex: 'lowAttendanceMonths', width: 72, align: 'center' },
  ];
}

/** Which cells held their monthly meeting, month by month, and their thematic meeting each quarter. */
export function CompliancePage() {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const { data: me } = useMe();
  const [organizationId, setOrganizationId] = useState<string | null>(() => defaultOrganization(me) ?? me?.grants[0]?.organizationId ?? null);
  const [year, setYear] = useState(dayjs().year());
  const pager = useCursorStack();
  const q = useQuery({
    queryKey: ['meetings', 'compliance', organizationId, year, pager.cursor],
    queryFn: () => api.get('/api/v1/meetings/compliance', { query: { organizationId, year, limit: 30, cursor: pager.cursor } }),
    placeholderData: keepPreviousData,
    retry: false,
  });
  const years = Array.from({ length: 6 }, (_, i) => dayjs().year() - i);
  const refilter = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    pager.reset();
  };
  return (
    <>
      <PageTitle title={t('compliance.title')} sub={t('compliance.intro')} />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <OrgTreeSelect style={{ width: 300 }} allowClear placeholder={t('compliance.allCells')} value={organizationId} onChange={refilter(setOrganizationId)} />
          <Select<number> style={{ width: 110 }} aria-label={t('compliance.year')} value={year} onChange={refilter(setYear)} options={years.map((y) => ({ value: y, label: String(y) }))} />
          {q.data && <Typography.Text type="secondary">{t('compliance.threshold', { percent: q.data.thresholdBasisPoints / 100 })}</Typography.Text>}
        </Space>
        {q.error && <Alert type="error" showIcon title={errorText(q.error, tc)} style={{ marginBottom: 16 }} />}
        <Table<ComplianceRow>
          rowKey="organizationId"
          size="small"
          bordered
          loading={q.isFetching}
          dataSource={q.data?.data ?? []}
          pagination={false}
          // 170 + 12 × 44 + 4 × 38 + 2 × 72 = 994: the whole year fits a card at 1440 × 900 beside the menu.
          scroll={{ x: 994 }}
          locale={{ emptyText: t('compliance.empty') }}
          onRow={(r) => ({ style: r.flagged ? { background: '#fff1f0' } : undefined, 'data-testid': r.flagged ? 'compliance-flagged' : 'compliance-row' } as React.HTMLAttributes<HTMLElement>)}
          columns={columns(t, q.data?.thresholdBasisPoints ?? 0)}
        />
        <CursorPager pager={pager} next={q.data?.links.next} loading={q.isFetching} />
      </Card>
    </>
  );
}
