import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { api } from './api';
import type { OrganizationNode } from './types';

/** The visible organization tree, shared by the tree page and every organization picker. */
export function useOrgTree(includeDissolved = false) {
  return useQuery({
    queryKey: ['organizations', 'tree', { includeDissolved }],
    queryFn: () => api.get('/api/v1/organizations/tree', { query: { includeDissolved } }),
    select: (r) => r.data,
    staleTime: 60_000,
  });
}

/** id -> name for every visible organization (dissolved included), for showing references. */
export function useOrgNames(): Map<string, OrganizationNode> {
  const { data } = useOrgTree(true);
  return useMemo(() => new Map((data ?? []).map((n) => [n.id, n])), [data]);
}
