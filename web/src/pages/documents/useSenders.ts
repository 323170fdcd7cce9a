import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from '../../api/api';
import type { Page } from '../../api/types';
import { useDebounced } from '../../lib/useDebounced';
import { foldVietnamese } from '../../lib/text';
import type { IncomingEntry } from './types';

const distinct = (names: string[]) => [...new Map(names.map((n) => [foldVietnamese(n), n])).values()];

/**
 * Issuing bodies of earlier entries, for the sender field: the senders of the latest 200 entries, and
 * those of the entries matching what the clerk types (diacritics ignored).
 */
export function useSenders(typed: string): string[] {
  const q = useDebounced(typed.trim(), 250);
  const recent = useQuery({
    queryKey: ['incoming', 'senders', 'recent'],
    queryFn: () => api.get<Page<IncomingEntry>>('/api/v1/incoming', { limit: 200, sort: '-receivedOn' }),
    staleTime: 60_000,
  });
  const matching = useQuery({
    queryKey: ['incoming', 'senders', q],
    queryFn: () => api.get<Page<IncomingEntry>>('/api/v1/incoming', { limit: 100, q }),
    enabled: q.length >= 2,
    staleTime: 60_000,
  });
  return useMemo(() => {
    const folded = foldVietnamese(q);
    const all = distinct([...(recent.data?.data ?? []), ...(matching.data?.data ?? [])].map((e) => e.sender));
    return folded ? all.filter((s) => foldVietnamese(s).includes(folded)) : all;
  }, [recent.data, matching.data, q]);
}
