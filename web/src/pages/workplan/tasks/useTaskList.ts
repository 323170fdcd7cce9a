import type { TableProps } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { usePage, useSearchPager } from '../../../components/paging';
import type { Task, TaskSource, TaskStatus } from '../types';

export type Shown = 'open' | 'closed' | 'all';
const SHOWN: Shown[] = ['open', 'closed', 'all'];
const OPEN_PARAM = { open: 'true', closed: 'false', all: undefined } as const;
type SortKey = 'dueOn' | 'title' | 'createdAt';

/** Where the list opens: "Việc của tôi" (/tasks) on the user's own work still to do, /cong-viec/tasks on every task. */
export interface TaskListPreset {
  mine: boolean;
  shown: Shown;
}

/**
 * "Mine" (the user's own tasks, else all they may see) and which tasks are shown live in the URL's query
 * (`?mine=0|1&shown=…`, absent when as preset), so a reload or a shared link opens the same list.
 */
function useUrlFilters(preset: TaskListPreset) {
  const [params, setParams] = useSearchParams();
  const mine = params.has('mine') ? params.get('mine') === '1' : preset.mine;
  const shownParam = params.get('shown') as Shown | null;
  const shown = shownParam && SHOWN.includes(shownParam) ? shownParam : preset.shown;
  const put = (key: string, value: string, preset: string) =>
    setParams((old) => {
      const next = new URLSearchParams(old);
      if (value === preset) next.delete(key);
      else next.set(key, value);
      return next;
    }, { replace: true });
  return {
    mine,
    shown,
    setMine: (v: boolean) => put('mine', v ? '1' : '0', preset.mine ? '1' : '0'),
    setShown: (v: Shown) => put('shown', v, preset.shown),
  };
}

/** The task list's filters, sort, selection and page; any change of filter goes back to the first page. */
export function useTaskList(preset: TaskListPreset) {
  const { search, setSearch, q, pager } = useSearchPager();
  const url = useUrlFilters(preset);
  const [leadUnitId, setLeadUnitId] = useState<string | null>(null);
  const [status, setStatus] = useState<TaskStatus | null>(null);
  const [sourceKind, setSourceKind] = useState<TaskSource | null>(null);
  const [sort, setSort] = useState<string>('-dueOn');
  const [selected, setSelected] = useState<Task[]>([]);
  const query = {
    q, owner: url.mine ? 'me' : undefined, open: OPEN_PARAM[url.shown], leadUnitId, status, sourceKind, sort,
    limit: 20, cursor: pager.cursor, includeTotal: true,
  };
  const page = usePage('work-tasks', '/api/v1/tasks', query);
  const refilter = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setSelected([]);
    pager.reset();
  };
  const onChange: TableProps<Task>['onChange'] = (_p, _f, sorter) => {
    const s = Array.isArray(sorter) ? sorter[0] : sorter;
    const key = (s?.columnKey as SortKey | undefined) ?? 'dueOn';
    // Always sorted: where antd would cancel the sort, the direction flips instead.
    refilter(setSort)(s?.order === 'descend' ? `-${key}` : s?.order === 'ascend' ? key : sort === `-${key}` ? key : `-${key}`);
  };
  const order = (key: SortKey) => (sort === key ? 'ascend' : sort === `-${key}` ? 'descend' : null);
  return {
    search, setSearch, q, pager, page, selected, setSelected, onChange, order,
    mine: url.mine, shown: url.shown, leadUnitId, status, sourceKind,
    setMine: refilter(url.setMine),
    setShown: refilter(url.setShown),
    setLeadUnitId: refilter(setLeadUnitId),
    setStatus: refilter((v: TaskStatus | null | undefined) => setStatus(v ?? null)),
    setSourceKind: refilter((v: TaskSource | null | undefined) => setSourceKind(v ?? null)),
  };
}

export type TaskList = ReturnType<typeof useTaskList>;
