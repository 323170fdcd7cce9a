import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../api/api';
import { useErrorHandler } from '../../components/errors';
import type { RatingEntry, RatingLevel } from './types';
import { useCellYear } from './useCellYear';

export type RatingStep = { entry: RatingEntry; step: 'proposal' | 'decision'; level: RatingLevel | null; overrideQuota?: boolean };

/**
 * The rating round of the chosen cell and year, opening it, and one proposal or decision; a decision over
 * the quota asks before it is made anyway.
 */
export function useRatingRound() {
  const { t } = useTranslation('dues');
  const { modal, message } = App.useApp();
  const onError = useErrorHandler();
  const qc = useQueryClient();
  const { cellId, year, set } = useCellYear();
  const key = ['ratings', cellId, year];
  const round = useQuery({ queryKey: key, queryFn: () => api.get('/api/v1/ratings/rounds', { query: { organizationId: cellId ?? '', year } }), enabled: !!cellId, retry: false });
  const refresh = () => void qc.invalidateQueries({ queryKey: key });
  const open = useMutation({ mutationFn: () => api.post('/api/v1/ratings/rounds', { body: { organizationId: cellId ?? '', year } }), onSuccess: (r) => qc.setQueryData(key, r), onError: (e) => onError(e) });
  const step = useMutation({
    mutationFn: (v: RatingStep) =>
      api.put(`/api/v1/ratings/entries/:id/${v.step}`, {
        params: { id: v.entry.id },
        body: { version: v.entry.version, level: v.level, ...(v.step === 'decision' ? { overrideQuota: v.overrideQuota ?? false } : {}) },
      }),
    onSuccess: () => {
      void message.success(t('ratings.saved'));
      refresh();
    },
    onError: (e, v) => {
      if (isApiError(e) && e.code === 'rating.quota_exceeded') {
        modal.confirm({ title: t('ratings.overrideTitle'), content: e.title, okText: t('ratings.override'), okButtonProps: { danger: true }, onOk: () => step.mutate({ ...v, overrideQuota: true }) });
        return;
      }
      onError(e, { reload: [key] });
    },
  });

  return { cellId, year, set, key, round, refresh, open, step };
}
