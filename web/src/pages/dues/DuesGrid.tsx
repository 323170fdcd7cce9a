import { Button, Checkbox, InputNumber, Table, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { type Grid, type GridRow, formatMoney } from './types';

export type Drafts = Record<string, number | null>;
export const draftKey = (memberId: string, month: number) => `${memberId}:${month}`;
const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** What a month shows: the unsaved edit if there is one, else what the server holds. */
export function shownAmount(drafts: Drafts, row: GridRow, month: number): number | null {
  const key = draftKey(row.memberId, month);
  return key in drafts ? (drafts[key] ?? null) : (row.months[month - 1]?.payment?.amount ?? null);
}

interface Props {
  grid: Grid;
  drafts: Drafts;
  amountMode: boolean;
  onChange: (memberId: string, month: number, amount: number | null) => void;
  onMarkMonth: (month: number) => void;
  onEditBasis: (row: GridRow) => void;
}

function MonthCell({ row, month, props }: { row: GridRow; month: number; props: Props }) {
  const { t } = useTranslation('dues');
  const m = row.months[month - 1];
  const value = shownAmount(props.drafts, row, month);
  const changed = draftKey(row.memberId, month) in props.drafts;
  const expected = m?.expected ?? 0;
  const style = { background: changed ? '#fff7c2' : undefined, padding: '2px 4px', borderRadius: 4, textAlign: 'center' as const };
  if (props.amountMode) {
    return (
      <div style={style}>
        <InputNumber<number>
          size="small"
          min={0}
          max={1_000_000_000}
          precision={0}
          controls={false}
          style={{ width: 84 }}
          value={value}
          placeholder={expected ? formatMoney(expected) : ''}
          disabled={!props.grid.canWrite}
          aria-label={t('grid.amountOf', { month, name: row.fullName })}
          formatter={(v) => (v === undefined || v === null || `${v}` === '' ? '' : Number(v).toLocaleString('vi-VN'))}
          parser={(v) => Number((v ?? '').replace(/\D/g, '')) || 0}
          onChange={(v) => props.onChange(row.memberId, month, v ?? null)}
        />
      </div>
    );
  }
  return (
    <div style={style}>
      <Checkbox
        checked={value !== null}
        disabled={!props.grid.canWrite || (value === null && expected === 0)}
        aria-label={t('grid.paid', { month, name: row.fullName })}
        data-testid={`paid-${row.memberId}-${month}`}
        onChange={(e) => props.onChange(row.memberId, month, e.target.checked ? (m?.payment?.amount ?? expected) : null)}
      />
      <div style={{ fontSize: 11, color: value === null ? '#bbb' : undefined, whiteSpace: 'nowrap' }}>{formatMoney(value ?? expected) || '–'}</div>
    </div>
  );
}

/** Members × 12 months: a checkbox per month that fills the expected amount, or an amount to type. */
export function DuesGrid(props: Props) {
  const { t } = useTranslation('dues');
  const { grid, drafts } = props;
  const columns: ColumnsType<GridRow> = [
    { key: 'no', title: t('grid.no'), width: 48, fixed: 'left', render: (_v, _r, i) => i + 1 },
    {
      key: 'name',
      title: t('grid.name'),
      width: 200,
      fixed: 'left',
      render: (_v, r) => (
        <div>
          <div>{r.fullName}</div>
          {grid.canWrite ? (
            <Button type="link" size="small" style={{ padding: 0, height: 'auto', fontSize: 12 }} onClick={() => props.onEditBasis(r)}>
              {r.basis ? t(`basis.kinds.${r.basis.kind}`) : t('grid.noBasis')}
            </Button>
          ) : (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>{r.basis ? t(`basis.kinds.${r.basis.kind}`) : t('grid.noBasis')}</Typography.Text>
          )}
        </div>
      ),
    },
    {
      key: 'paidUpTo',
      title: t('grid.paidUpTo'),
      width: 96,
      fixed: 'left',
      render: (_v, r) => (r.paidUpTo ? r.paidUpTo.split('-').reverse().join('/') : <Typography.Text type="warning">{t('grid.none')}</Typography.Text>),
    },
    ...MONTHS.map((month) => ({
      key: `m${month}`,
      width: 96,
      align: 'center' as const,
      title: grid.canWrite && !props.amountMode ? (
        <Tooltip title={t('grid.markMonth', { month })}>
          <Button size="small" type="text" onClick={() => props.onMarkMonth(month)} aria-label={t('grid.markMonth', { month })}>
            {t('grid.month', { month })} ✓
          </Button>
        </Tooltip>
      ) : t('grid.month', { month }),
      render: (_v: unknown, r: GridRow) => <MonthCell row={r} month={month} props={props} />,
    })),
    {
      key: 'total',
      title: t('grid.rowTotal'),
      width: 110,
      align: 'right',
      fixed: 'right',
      render: (_v, r) => formatMoney(MONTHS.reduce((s, m) => s + (shownAmount(drafts, r, m) ?? 0), 0)),
    },
  ];
  const monthSum = (month: number) => grid.rows.reduce((s, r) => s + (shownAmount(drafts, r, month) ?? 0), 0);
  return (
    <Table<GridRow>
      rowKey="memberId"
      size="small"
      bordered
      pagination={false}
      dataSource={grid.rows}
      columns={columns}
      scroll={{ x: 48 + 200 + 96 + 12 * 96 + 110 }}
      locale={{ emptyText: t('grid.empty') }}
      summary={() => (
        <Table.Summary fixed>
          <Table.Summary.Row style={{ fontWeight: 600 }}>
            <Table.Summary.Cell index={0} colSpan={3}>{t('totals.month')}</Table.Summary.Cell>
            {MONTHS.map((m) => (
              <Table.Summary.Cell key={m} index={2 + m} align="center">{formatMoney(monthSum(m))}</Table.Summary.Cell>
            ))}
            <Table.Summary.Cell index={15} align="right">{formatMoney(MONTHS.reduce((s, m) => s + monthSum(m), 0))}</Table.Summary.Cell>
          </Table.Summary.Row>
        </Table.Summary>
      )}
    />
  );
}
