import { DownloadOutlined, SaveOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Segmented, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, request } from '../../api/api';
import { errorText, useErrorHandler } from '../../components/errors';
import { PageTitle } from '../../components/PageTitle';
import { BasisModal } from './BasisModal';
import { CellYearBar } from './CellYearBar';
import { type Drafts, DuesGrid, draftKey, shownAmount } from './DuesGrid';
import { type Grid, type GridRow, formatMoney } from './types';
import { useCellYear } from './useCellYear';

const share = (amount: number, basisPoints: number) => Math.floor((amount * basisPoints + 5000) / 10000);

/** The cell's dues for a year: fill months quickly, save every change at once, download the statement. */
export function DuesPage() {
  const { t } = useTranslation('dues');
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const onError = useErrorHandler();
  const qc = useQueryClient();
  const { cellId, year, set } = useCellYear();
  // Drafts belong to one cell and year: switching either starts from what the server holds.
  const scope = `${cellId}:${year}`;
  const [draftState, setDraftState] = useState<{ scope: string; drafts: Drafts }>({ scope, drafts: {} });
  const drafts = draftState.scope === scope ? draftState.drafts : {};
  const setDrafts = (update: Drafts | ((d: Drafts) => Drafts)) =>
    setDraftState((st) => {
      const current = st.scope === scope ? st.drafts : {};
      return { scope, drafts: typeof update === 'function' ? update(current) : update };
    });
  const [amountMode, setAmountMode] = useState(false);
  const [basisRow, setBasisRow] = useState<GridRow | null>(null);
  const key = ['dues', 'grid', cellId, year];
  const grid = useQuery({ queryKey: key, queryFn: () => api.get<Grid>('/api/v1/dues/grid', { cellId, year }), enabled: !!cellId });
  const count = Object.keys(drafts).length;

  useEffect(() => {
    if (count === 0) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [count]);

  const change = (memberId: string, month: number, amount: number | null) =>
    setDrafts((d) => {
      const row = grid.data?.rows.find((r) => r.memberId === memberId);
      const saved = row?.months[month - 1]?.payment?.amount ?? null;
      const next = { ...d };
      if (amount === saved) delete next[draftKey(memberId, month)];
      else next[draftKey(memberId, month)] = amount;
      return next;
    });
  const markMonth = (month: number) => {
    for (const r of grid.data?.rows ?? []) {
      const expected = r.months[month - 1]?.expected ?? 0;
      if (shownAmount(drafts, r, month) === null && expected > 0) change(r.memberId, month, expected);
    }
  };

  const save = useMutation({
    mutationFn: () => {
      const rows = new Map((grid.data?.rows ?? []).map((r) => [r.memberId, r]));
      const changes = Object.entries(drafts).map(([k, amount]) => {
        const [memberId = '', month = '0'] = k.split(':');
        const version = rows.get(memberId)?.months[Number(month) - 1]?.payment?.version;
        return { memberId, month: Number(month), amount, ...(version ? { version } : {}) };
      });
      return request<Grid>('PUT', '/api/v1/dues/payments', { cellId, year, changes });
    },
    onSuccess: (g) => {
      qc.setQueryData(key, g);
      void message.success(t('grid.saved', { count }));
      setDrafts({});
    },
    onError: (e) => onError(e, { reload: [key] }),
  });

  const g = grid.data;
  const collected = g ? g.rows.reduce((s, r) => s + g.months.reduce((a, m) => a + (shownAmount(drafts, r, m.month) ?? 0), 0), 0) : 0;
  const remitted = g ? g.months.reduce((s, m) => s + share(g.rows.reduce((a, r) => a + (shownAmount(drafts, r, m.month) ?? 0), 0), g.remitShareBasisPoints), 0) : 0;
  return (
    <>
      <PageTitle
        title={t('title')}
        sub={g?.cell.name}
        extra={
          cellId && (
            <Button icon={<DownloadOutlined />} href={`/api/v1/dues/statement.xlsx?cellId=${cellId}&year=${year}`} data-testid="dues-statement">
              {t('grid.statement')}
            </Button>
          )
        }
      />
      <Card>
        <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
          <CellYearBar cellId={cellId} year={year} onChange={set} />
          <Space wrap>
            <Segmented<boolean>
              value={amountMode}
              onChange={setAmountMode}
              options={[{ value: false, label: t('grid.checkMode') }, { value: true, label: t('grid.amountMode') }]}
            />
            {count > 0 && <Button onClick={() => setDrafts({})}>{t('grid.discard')}</Button>}
            <Button type="primary" icon={<SaveOutlined />} disabled={count === 0 || !g?.canWrite} loading={save.isPending} onClick={() => save.mutate()} data-testid="dues-save">
              {t('grid.save', { count })}
            </Button>
          </Space>
        </Space>
        {!cellId && <Alert type="info" showIcon title={t('noCell')} />}
        {grid.error && <Alert type="error" showIcon title={errorText(grid.error, tc)} />}
        {g && (
          <>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>{t('grid.hint')}</Typography.Paragraph>
            <DuesGrid grid={g} drafts={drafts} amountMode={amountMode} onChange={change} onMarkMonth={markMonth} onEditBasis={setBasisRow} />
            <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 4 }} style={{ marginTop: 16 }}>
              <Descriptions.Item label={t('totals.expected')}>{formatMoney(g.totals.expected)}</Descriptions.Item>
              <Descriptions.Item label={t('totals.collected')}>{formatMoney(collected)}</Descriptions.Item>
              <Descriptions.Item label={t('totals.remitted', { share: g.remitShareBasisPoints / 100 })}>{formatMoney(remitted)}</Descriptions.Item>
              <Descriptions.Item label={t('totals.kept')}>{formatMoney(collected - remitted)}</Descriptions.Item>
            </Descriptions>
          </>
        )}
      </Card>
      <BasisModal row={basisRow} year={year} onClose={() => setBasisRow(null)} onDone={() => void qc.invalidateQueries({ queryKey: key })} />
    </>
  );
}
