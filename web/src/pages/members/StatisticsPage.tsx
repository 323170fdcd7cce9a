import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Col, DatePicker, Empty, Row, Space, Spin, Statistic, Table } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { errorText } from '../../components/errors';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageTitle } from '../../components/PageTitle';
import { DISPLAY_DAY, toDay } from '../../lib/dates';
import { MEMBER_STATUSES, STATUS_COLORS } from './labels';
import type { Band, MemberStatistics } from './types';

interface Bar {
  key: string;
  label: string;
  n: number;
  color?: string;
}

const PRESET: Record<string, string> = { gold: '#d4b106', orange: '#d46b08', green: '#389e0d', cyan: '#08979c', blue: '#0958d9', purple: '#531dab', volcano: '#d4380d', red: '#cf1322' };

/** Horizontal bars drawn with plain boxes: label, bar, count. */
function Bars({ rows }: { rows: Bar[] }) {
  const max = Math.max(1, ...rows.map((r) => r.n));
  if (rows.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <div data-testid="stat-bars">
      {rows.map((r) => (
        <div key={r.key} style={{ display: 'grid', gridTemplateColumns: 'minmax(120px, 40%) 1fr 48px', alignItems: 'center', gap: 8, marginBottom: 6 }}>
          <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} title={r.label}>
            {r.label}
          </span>
          <div style={{ background: '#f0f0f0', borderRadius: 3, height: 14 }}>
            <div style={{ width: `${(100 * r.n) / max}%`, background: r.color ?? '#c8102e', height: '100%', borderRadius: 3, minWidth: r.n > 0 ? 2 : 0 }} />
          </div>
          <span style={{ textAlign: 'right', fontVariantNumeric: 'tabular-nums' }}>{r.n.toLocaleString('vi-VN')}</span>
        </div>
      ))}
    </div>
  );
}

/** A breakdown sent either as [{band, n}] or as {key: n}. */
function bandsOf(value: Band[] | Record<string, number> | undefined): Band[] {
  if (!value) return [];
  return Array.isArray(value) ? value : Object.entries(value).map(([band, n]) => ({ band, n }));
}

/** Thống kê: the register's breakdowns for an organization, and the flows over a period. */
export function StatisticsPage() {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [period, setPeriod] = useState<[Dayjs, Dayjs]>([dayjs().startOf('year'), dayjs()]);
  const from = toDay(period[0]);
  const to = toDay(period[1]);
  const { data, isPending, error } = useQuery({
    queryKey: ['members', 'statistics', organizationId, from, to],
    queryFn: () => api.get('/api/v1/members/statistics', { query: { organizationId, from, to } }),
  });
  const gender = (k: string) => (k === 'male' || k === 'female' ? tc(`gender.${k}`) : t('statistics.unknown'));
  const plain = (k: string) => (k && k !== 'null' && k !== 'unknown' ? k : t('statistics.unknown'));
  const card = (title: string, rows: Bar[]) => (
    <Col xs={24} lg={12}>
      <Card title={title} size="small">
        <Bars rows={rows} />
      </Card>
    </Col>
  );
  return (
    <>
      <PageTitle title={t('tabs.statistics')} />
      <Space wrap style={{ marginBottom: 16 }}>
        <OrgTreeSelect style={{ width: 320 }} allowClear placeholder={t('statistics.organization')} value={organizationId} onChange={setOrganizationId} />
        <span>{t('statistics.period')}</span>
        <DatePicker.RangePicker
          format={DISPLAY_DAY}
          allowClear={false}
          value={period}
          onChange={(v) => v?.[0] && v[1] && setPeriod([v[0], v[1]])}
        />
      </Space>
      {error && <Alert type="error" showIcon title={errorText(error, tc)} style={{ marginBottom: 16 }} />}
      {isPending && <Spin />}
      {data && (
        <Row gutter={[16, 16]}>
          <Col xs={24} sm={12} lg={6}>
            <Card size="small">
              <Statistic title={t('statistics.total')} value={data.total} data-testid="stat-total" />
            </Card>
          </Col>
          {(['official', 'probationary', 'applicant'] as const).map((s) => (
            <Col xs={24} sm={12} lg={6} key={s}>
              <Card size="small">
                <Statistic title={t(`status.${s}`)} value={data.byStatus[s] ?? 0} />
              </Card>
            </Col>
          ))}
          <Col span={24}>
            <Card title={`${t('statistics.flows')} (${period[0].format(DISPLAY_DAY)} – ${period[1].format(DISPLAY_DAY)})`} size="small">
              <Row gutter={[16, 16]}>
                {(Object.keys(data.flows) as (keyof MemberStatistics['flows'])[]).map((k) => (
                  <Col xs={12} sm={8} md={6} lg={3} key={k} style={{ minWidth: 120 }}>
                    <Statistic title={t(`statistics.flowNames.${k}`)} value={data.flows[k]} />
                  </Col>
                ))}
              </Row>
            </Card>
          </Col>
          {card(
            t('statistics.byStatus'),
            MEMBER_STATUSES.filter((s) => (data.byStatus[s] ?? 0) > 0).map((s) => ({ key: s, label: t(`status.${s}`), n: data.byStatus[s] ?? 0, color: PRESET[STATUS_COLORS[s]] ?? '#8c8c8c' })),
          )}
          {card(t('statistics.byGender'), bandsOf(data.byGender).map((b) => ({ key: b.band, label: gender(b.band), n: b.n })))}
          {card(t('statistics.byAgeBand'), bandsOf(data.byAgeBand).map((b) => ({ key: b.band, label: plain(b.band), n: b.n })))}
          {card(t('statistics.byPartyAge'), bandsOf(data.byPartyAge).map((b) => ({ key: b.band, label: plain(b.band), n: b.n })))}
          {card(t('statistics.byEducation'), bandsOf(data.byEducation).map((b) => ({ key: b.band, label: plain(b.band), n: b.n })))}
          <Col span={24}>
            <Card title={t('statistics.byCell')} size="small">
              <Table
                rowKey="cellId"
                size="small"
                dataSource={data.byCell}
                pagination={false}
                columns={[
                  { key: 'cell', title: t('fields.cell'), dataIndex: 'cellName' },
                  { key: 'total', title: t('statistics.total'), dataIndex: 'total', width: 110, align: 'right' },
                  { key: 'official', title: t('statistics.official'), dataIndex: 'official', width: 110, align: 'right' },
                  { key: 'probationary', title: t('statistics.probationary'), dataIndex: 'probationary', width: 110, align: 'right' },
                ]}
              />
            </Card>
          </Col>
        </Row>
      )}
    </>
  );
}
