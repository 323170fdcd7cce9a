import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type ApiQuery, type ApiResponse, type PathOf } from '../api/api';
import type { Page } from '../api/routes.gen';
import { useDebounced } from '../lib/useDebounced';

/**
 * Cursor paging keeps a stack of the cursors that opened each page seen so far: "next" pushes the
 * server's links.next, "previous" pops. Changing a filter or the sort must call reset().
 */
export function useCursorStack() {
  const [stack, setStack] = useState<string[]>([]);
  const push = useCallback((cursor: string) => setStack((s) => [...s, cursor]), []);
  const pop = useCallback(() => setStack((s) => s.slice(0, -1)), []);
  const reset = useCallback(() => setStack([]), []);
  return { cursor: stack.at(-1), page: stack.length + 1, push, pop, reset };
}

export type CursorStack = ReturnType<typeof useCursorStack>;

/** A search box's text, its debounced query, and a pager that goes back to page 1 when the query changes. */
export function useSearchPager(delayMs = 300) {
  const [search, setSearch] = useState('');
  const pager = useCursorStack();
  const q = useDebounced(search.trim(), delayMs);
  const [lastQ, setLastQ] = useState(q);
  if (lastQ !== q) {
    // A new search starts again from the first page (state adjusted during render, as React advises).
    setLastQ(q);
    pager.reset();
  }
  return { search, setSearch, q, pager };
}

/** The list routes: GET, no params, a page of rows for an answer. */
export type PagedPath = {
  [P in PathOf<'GET'>]: P extends `${string}:${string}` ? never : ApiResponse<`GET ${P}`> extends Page<unknown> ? P : never;
}[PathOf<'GET'>];

/** One page of a list endpoint, keeping the previous page on screen while the next loads. */
export function usePage<P extends PagedPath>(key: string, path: P, query: ApiQuery<`GET ${P}`>, enabled = true) {
  // The generic path cannot pick its own overload: the call is checked at usePage's callers instead.
  const get = api.get as unknown as (path: P, options: { query: ApiQuery<`GET ${P}`> }) => Promise<ApiResponse<`GET ${P}`>>;
  return useQuery({
    queryKey: [key, 'page', path, query],
    queryFn: () => get(path, { query }),
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function CursorPager({ pager, next, total, loading }: { pager: CursorStack; next: string | null | undefined; total?: number; loading?: boolean }) {
  const { t } = useTranslation();
  return (
    <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', marginTop: 16 }}>
      <Typography.Text type="secondary" data-testid="list-total">
        {total === undefined ? '' : t('common.total', { total: total.toLocaleString('vi-VN') })}
      </Typography.Text>
      <Space>
        <Button icon={<LeftOutlined />} disabled={pager.page === 1 || loading} onClick={pager.pop}>
          {t('common.previous')}
        </Button>
        <Typography.Text>{t('common.page', { page: pager.page })}</Typography.Text>
        <Button disabled={!next || loading} onClick={() => next && pager.push(next)}>
          {t('common.next')} <RightOutlined />
        </Button>
      </Space>
    </div>
  );
}
