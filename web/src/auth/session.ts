import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, isApiError } from '../api/api';
import type { Me } from '../api/types';

export const meKey = ['me'] as const;

async function fetchMe(): Promise<Me | null> {
  try {
    return await api.get('/api/v1/auth/me');
  } catch (e) {
    if (isApiError(e) && e.status === 401) return null;
    throw e;
  }
}

/** The logged-in user, null when logged out, undefined while loading. */
export function useMe() {
  return useQuery({ queryKey: meKey, queryFn: fetchMe, staleTime: Infinity, retry: false });
}

export function useLogin() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { username: string; password: string }) => api.post('/api/v1/auth/login', { body }),
    onSuccess: (me) => {
      qc.removeQueries({ predicate: (q) => q.queryKey[0] !== meKey[0] });
      qc.setQueryData(meKey, me);
    },
  });
}

/** Ends the session, then reloads the app on the log-in page so nothing of this user stays in memory. */
export function useLogout() {
  return useMutation({
    mutationFn: () => api.post('/api/v1/auth/logout'),
    onSettled: () => window.location.assign('/login'),
  });
}
