import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api';

export const memberKey = (id: string) => ['member', id] as const;
export const memberEventsKey = (id: string) => ['member', id, 'events'] as const;
export const myMemberKey = ['member', 'me'] as const;

export function useMember(id: string) {
  return useQuery({ queryKey: memberKey(id), queryFn: () => api.get('/api/v1/members/:id', { params: { id } }), retry: false });
}

export function useMyMember(enabled = true) {
  return useQuery({ queryKey: myMemberKey, queryFn: () => api.get('/api/v1/members/me'), retry: false, enabled });
}

export function useMemberEvents(id: string) {
  return useQuery({
    queryKey: memberEventsKey(id),
    queryFn: () => api.get('/api/v1/members/:id/events', { params: { id } }),
    select: (r) => r.data,
    retry: false,
  });
}
