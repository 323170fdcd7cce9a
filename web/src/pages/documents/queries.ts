import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { Regime } from './types';

export const documentKey = (id: string) => ['document', id] as const;
export const roundsKey = (id: string) => ['document', id, 'rounds'] as const;
export const incomingKey = (id: string) => ['incoming', id] as const;
export const letterKey = (id: string) => ['letter', id] as const;

export function useDocumentTypes(regime?: Regime) {
  return useQuery({
    queryKey: ['document-types', regime ?? null],
    queryFn: () => api.get('/api/v1/document-types', { query: { regime } }),
    select: (r) => r.data,
    staleTime: 300_000,
  });
}

export function useDocument(id: string) {
  return useQuery({ queryKey: documentKey(id), queryFn: () => api.get('/api/v1/documents/:id', { params: { id } }), retry: false });
}

export function useRounds(id: string) {
  return useQuery({
    queryKey: roundsKey(id),
    queryFn: () => api.get('/api/v1/documents/:id/comment-rounds', { params: { id } }),
    select: (r) => r.data,
  });
}

export function useIncoming(id: string | null) {
  return useQuery({
    queryKey: incomingKey(id ?? ''),
    queryFn: () => api.get('/api/v1/incoming/:id', { params: { id: id ?? '' } }),
    enabled: id !== null,
    retry: false,
  });
}

export function useLetter(id: string) {
  return useQuery({ queryKey: letterKey(id), queryFn: () => api.get('/api/v1/letters/:id', { params: { id } }), retry: false });
}

export function useLetterKinds() {
  return useQuery({
    queryKey: ['letter-kinds'],
    queryFn: () => api.get('/api/v1/letter-kinds'),
    select: (r) => r.data,
    staleTime: 300_000,
  });
}
