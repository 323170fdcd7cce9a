import type { UseQueryResult } from '@tanstack/react-query';
import { Alert, Table, type TableProps } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Page } from '../api/types';
import { errorText } from './errors';
import { CursorPager, type CursorStack } from './paging';

type PagedTableProps<T> = Omit<TableProps<T>, 'dataSource' | 'loading' | 'pagination' | 'locale'> & {
  page: UseQueryResult<Page<T>>;
  pager: CursorStack;
  /** What an empty page says; Ant Design's own words when not given. */
  emptyText?: string;
};

/** One cursor-paged list: its error, the rows of the page, and the pager with the total below. */
export function PagedTable<T extends { id: string }>({ page, pager, emptyText, ...table }: PagedTableProps<T>) {
  const { t } = useTranslation();
  return (
    <>
      {page.error && <Alert type="error" showIcon title={errorText(page.error, t)} style={{ marginBottom: 16 }} />}
      <Table<T> rowKey="id" size="middle" {...table} loading={page.isFetching} dataSource={page.data?.data ?? []} pagination={false} locale={emptyText === undefined ? undefined : { emptyText }} />
      <CursorPager pager={pager} next={page.data?.links.next} total={page.data?.meta.total} loading={page.isFetching} />
    </>
  );
}
