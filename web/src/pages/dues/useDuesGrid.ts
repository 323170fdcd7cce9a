import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useErrorHandler } from '../../components/errors';
import { type Drafts, draftKey, shownAmount } from './DuesGrid';
import { useCellYear } from './useCellYear';

const share = (amount: number, basisPoints: number) => Math.floor((amount * basisPoints + 5000) / 10000);

/**
 * The grid of a cell's year and the changes typed into it but not yet saved: kept per cell and year,
 * warned about before leaving the page, saved all at once; the totals count the unsaved changes.
 */
export function useDuesGrid() {
  const { t } = useTranslation('dues');
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
  const key = ['dues', 'grid', cellId, year];
  const grid = useQuery({ queryKey: key, queryFn: () => api.get('/api/v1/dues/grid', { query: { cellId: cellId ?? '', year } }), enabled: !!cellId });
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
      return api.put('/api/v1/dues/payments', { body: { cellId: cellId ?? '', year, changes } });
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
  return { cellId, year, set, grid, key, drafts, setDrafts, count, change, markMonth, save, collected, remitted };
}
