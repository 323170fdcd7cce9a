import { DownloadOutlined, SaveOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Descriptions, Segmented, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { apiUrl } from '../../api/api';
import { errorText } from '../../components/errors';
import { PageTitle } from '../../components/PageTitle';
import { BasisModal } from './BasisModal';
import { CellYearBar } from './CellYearBar';
import { DuesGrid } from './DuesGrid';
import { type Grid, type GridRow, formatMoney } from './types';
import { useDuesGrid } from './useDuesGrid';

type Dues = ReturnType<typeof useDuesGrid>;

function DuesToolbar({ d, amountMode, onAmountMode }: { d: Dues; amountMode: boolean; onAmountMode: (v: boolean) => void }) {
  const { t } = useTranslation('dues');
  return (
    <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
      <CellYearBar cellId={d.cellId} year={d.year} onChange={d.set} />
      <Space wrap>
        <Segmented<boolean>
          value={amountMode}
          onChange={onAmountMode}
          options={[{ value: false, label: t('grid.checkMode') }, { value: true, label: t('grid.amountMode') }]}
        />
        {d.count > 0 && <Button onClick={() => d.setDrafts({})}>{t('grid.discard')}</Button>}
        <Button type="primary" icon={<SaveOutlined />} disabled={d.count === 0 || !d.grid.data?.canWrite} loading={d.save.isPending} onClick={() => d.save.mutate()} data-testid="dues-save">
          {t('grid.save', { count: d.count })}
        </Button>
      </Space>
    </Space>
  );
}

function DuesTotals({ g, collected, remitted }: { g: Grid; collected: number; remitted: number }) {
  const { t } = useTranslation('dues');
  return (
    <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 4 }} style={{ marginTop: 16 }}>
      <Descriptions.Item label={t('totals.expected')}>{formatMoney(g.totals.expected)}</Descriptions.Item>
      <Descriptions.Item label={t('totals.collected')}>{formatMoney(collected)}</Descriptions.Item>
      <Descriptions.Item label={t('totals.remitted', { share: g.remitShareBasisPoints / 100 })}>{formatMoney(remitted)}</Descriptions.Item>
      <Descriptions.Item label={t('totals.kept')}>{formatMoney(collected - remitted)}</Descriptions.Item>
    </Descriptions>
  );
}

/** The cell's dues for a year: fill months quickly, save every change at once, download the statement. */
export function DuesPage() {
  const { t } = useTranslation('dues');
  const { t: tc } = useTranslation();
  const qc = useQueryClient();
  const d = useDuesGrid();
  const { cellId, year, grid, key } = d;
  const [amountMode, setAmountMode] = useState(false);
  const [basisRow, setBasisRow] = useState<GridRow | null>(null);
  const g = grid.data;
  return (
    <>
      <PageTitle
        title={t('title')}
        sub={g?.cell.name}
        extra={
          cellId && (
            <Button icon={<DownloadOutlined />} href={apiUrl('/api/v1/dues/statement.xlsx', { query: { cellId: cellId ?? '', year } })} data-testid="dues-statement">
              {t('grid.statement')}
            </Button>
          )
        }
      />
      <Card>
        <DuesToolbar d={d} amountMode={amountMode} onAmountMode={setAmountMode} />
        {!cellId && <Alert type="info" showIcon title={t('noCell')} />}
        {grid.error && <Alert type="error" showIcon title={errorText(grid.error, tc)} />}
        {g && (
          <>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t('grid.hint')}</Typography.Paragraph>
            <DuesGrid grid={g} drafts={d.drafts} amountMode={amountMode} onChange={d.change} onMarkMonth={d.markMonth} onEditBasis={setBasisRow} />
            <DuesTotals g={g} collected={d.collected} remitted={d.remitted} />
          </>
        )}
      </Card>
      <BasisModal row={basisRow} year={year} onClose={() => setBasisRow(null)} onDone={() => void qc.invalidateQueries({ queryKey: key })} />
    </>
  );
}
