import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/api';
import { useDebounced } from '../../lib/useDebounced';
import type { Sender } from './types';

/**
 * Issuing bodies already in the register for the sender field, from the server: the most frequent
 * ones of the last two years, or those whose name holds the words typed (diacritics ignored). The
 * list is under the 'incoming' key, so a new registration refreshes it.
 */
export function useSenders(typed: string, organizationId?: string): Sender[] {
  const q = useDebounced(typed.trim(), 200);
  const found = useQuery({
    queryKey: ['incoming', 'senders', organizationId ?? null, q],
    queryFn: () => api.get('/api/v1/incoming/senders', { query: { q, organizationId, limit: 10 } }),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
  return found.data?.data ?? [];
}
