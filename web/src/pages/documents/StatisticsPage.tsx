import { useQuery } from '@tanstack/react-query';
import { Alert, Card, DatePicker, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { errorText } from '../../components/errors';
import { PageTitle } from '../../components/PageTitle';
import { type DocsKey, useDocsT } from './i18n';
import type { MonthStatistics } from './types';

type Figure = Exclude<keyof MonthStatistics, 'month'>;
const COLUMNS: [Figure, DocsKey][] = [
  ['incoming', 'statistics.incoming'], ['incomingHandled', 'statistics.handled'], ['incomingHandledLate', 'statistics.handledLate'],
  ['incomingOverdue', 'statistics.overdue'], ['outgoing', 'statistics.outgoing'], ['letters', 'statistics.letters'],
  ['lettersAnswered', 'statistics.lettersAnswered'], ['lettersAnsweredLate', 'statistics.lettersLate'],
];
const RED: Figure[] = ['incomingHandledLate', 'incomingOverdue', 'lettersAnsweredLate'];

/** /correspondence/statistics: per month of a year, documents in, out, handled, late; letters. */
export function StatisticsPage() {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const [year, setYear] = useState<Dayjs>(dayjs());
  const stats = useQuery({
    queryKey: ['correspondence', 'statistics', year.year()],
    queryFn: () => api.get('/api/v1/correspondence/statistics', { query: { year: year.year() } }),
  });
  const months = stats.data?.months ?? [];
  const total = Object.fromEntries(COLUMNS.map(([k]) => [k, months.reduce((s, m) => s + m[k], 0)])) as Record<Figure, number>;
  const cell = (k: Figure, v: number) => (RED.includes(k) && v > 0 ? <Typography.Text type="danger">{v.toLocaleString('vi-VN')}</Typography.Text> : v.toLocaleString('vi-VN'));
  return (
    <>
      <PageTitle title={t('statistics.title')} extra={<DatePicker picker="year" allowClear={false} value={year} onChange={(v) => v && setYear(v)} />} />
      <Card>
        {stats.error && <Alert type="error" showIcon title={errorText(stats.error, tc)} style={{ marginBottom: 16 }} />}
        <Table<MonthStatistics>
          rowKey="month"
          size="small"
          loading={stats.isFetching}
          pagination={false}
          dataSource={months}
          scroll={{ x: 900 }}
          data-testid="statistics-table"
          columns={[
            { key: 'month', title: t('statistics.month'), width: 90, render: (_, m) => `${m.month.slice(5)}/${m.month.slice(0, 4)}` },
            ...COLUMNS.map(([k, label]) => ({ key: k, title: t(label), align: 'right' as const, render: (_: unknown, m: MonthStatistics) => cell(k, m[k]) })),
          ]}
          summary={() => (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}><Typography.Text strong>{t('statistics.total')}</Typography.Text></Table.Summary.Cell>
              {COLUMNS.map(([k], i) => <Table.Summary.Cell key={k} index={i + 1} align="right"><Typography.Text strong>{cell(k, total[k])}</Typography.Text></Table.Summary.Cell>)}
            </Table.Summary.Row>
          )}
        />
      </Card>
    </>
  );
}
