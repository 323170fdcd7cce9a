import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useOrgTree } from '../../api/orgTree';
import { useMe } from '../../auth/session';
import { useMyMember } from '../members/queries';

/**
 * The cell and year a page shows, kept in the address (?cellId=&year=) so it can be shared and
 * reloaded. Without one, a cell secretary starts on the cell they lead, anyone else on the cell of their own
 * member record (the committee office's staff are members of a cell too), and everyone on this year.
 */
export function useCellYear() {
  const [params, setParams] = useSearchParams();
  const { data: me } = useMe();
  const { data: tree } = useOrgTree(false);
  const { data: own } = useMyMember();
  const year = Number(params.get('year')) || new Date().getFullYear();
  const fallback = useMemo(() => {
    const kinds = new Map((tree ?? []).map((n) => [n.id, n.kind]));
    const led = me?.grants.find((g) => g.role === 'cell_secretary' && kinds.has(g.organizationId))?.organizationId;
    return led ?? (own && kinds.has(own.cellId) ? own.cellId : null);
  }, [me, tree, own]);
  const cellId = params.get('cellId') ?? fallback;
  const set = useCallback(
    (next: { cellId?: string | null; year?: number }) =>
      setParams((p) => {
        const out = new URLSearchParams(p);
        if (next.cellId !== undefined) {
          if (next.cellId) out.set('cellId', next.cellId);
          else out.delete('cellId');
        }
        if (next.year !== undefined) out.set('year', String(next.year));
        return out;
      }),
    [setParams],
  );
  return { cellId, year, set };
}

export const yearOptions = () => {
  const now = new Date().getFullYear();
  return Array.from({ length: 6 }, (_, i) => ({ value: now + 1 - i, label: String(now + 1 - i) }));
};
