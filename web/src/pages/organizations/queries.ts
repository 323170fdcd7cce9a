import { type QueryClient, useQuery } from '@tanstack/react-query';
import { api } from '../../api/api';

export const orgKey = (id: string) => ['organization', id] as const;
export const termKey = (id: string) => ['term', id] as const;

export function useOrganization(id: string | undefined) {
  return useQuery({
    queryKey: orgKey(id ?? ''),
    queryFn: () => api.get('/api/v1/organizations/:id', { params: { id: id ?? '' } }),
    enabled: Boolean(id),
  });
}

export function useOrgEvents(id: string) {
  return useQuery({
    queryKey: [...orgKey(id), 'events'],
    queryFn: () => api.get('/api/v1/organizations/:id/events', { params: { id: id ?? '' } }),
    select: (r) => r.data,
  });
}

export function useTerms(id: string | null | undefined) {
  return useQuery({
    queryKey: [...orgKey(id ?? ''), 'terms'],
    queryFn: () => api.get('/api/v1/organizations/:id/terms', { params: { id: id ?? '' } }),
    select: (r) => r.data,
    enabled: Boolean(id),
  });
}

export function useTerm(id: string | null) {
  return useQuery({
    queryKey: termKey(id ?? ''),
    queryFn: () => api.get('/api/v1/terms/:id', { params: { id: id ?? '' } }),
    enabled: Boolean(id),
  });
}

export function usePosts(id: string) {
  return useQuery({
    queryKey: [...orgKey(id), 'posts'],
    queryFn: () => api.get('/api/v1/organizations/:id/posts', { params: { id: id ?? '' } }),
    select: (r) => [...r.data].sort((a, b) => a.precedence - b.precedence),
  });
}

export function useAssignments(id: string) {
  return useQuery({
    queryKey: [...orgKey(id), 'assignments'],
    queryFn: () => api.get('/api/v1/organizations/:id/assignments', { params: { id: id ?? '' } }),
    select: (r) => r.data,
  });
}

/**
 * After a change to an organization: its record, its sub-resources, the tree and lists, the audit
 * trail, and (since titles derive from posts) people's titles and timelines.
 */
export async function refreshOrganization(qc: QueryClient, id?: string) {
  await Promise.all([
    id ? qc.invalidateQueries({ queryKey: orgKey(id) }) : Promise.resolve(),
    qc.invalidateQueries({ queryKey: ['organizations'] }),
    qc.invalidateQueries({ queryKey: ['term'] }),
    qc.invalidateQueries({ queryKey: ['audit'] }),
    qc.invalidateQueries({ queryKey: ['person'] }),
  ]);
}
