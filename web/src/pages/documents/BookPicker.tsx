import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect } from 'react';
import { api } from '../../api/api';
import { useDocsT } from './i18n';

/** A book of the register (organization and year), or null for the combined view of every book. */
export type Book = { organizationId: string; year: number } | null;

export const ALL_BOOKS = 'all';
const keyOf = (b: { organizationId: string; year: number }) => `${b.organizationId}|${b.year}`;

/**
 * The book the register shows, chosen explicitly: the books the user may read (newest year first),
 * opening on the user's own organization's book of this year; "all books" is the combined view.
 */
export function BookPicker({ value, onChange, ownOrganizationId }: { value: Book | undefined; onChange: (b: Book) => void; ownOrganizationId: string | undefined }) {
  const { t } = useDocsT();
  const books = useQuery({ queryKey: ['incoming', 'books'], queryFn: () => api.get('/api/v1/incoming/books') });
  const list = books.data?.data ?? [];
  useEffect(() => {
    if (value !== undefined || !books.data) return;
    const year = new Date().getFullYear();
    const first = books.data.data;
    const own = first.find((b) => b.organizationId === ownOrganizationId && b.year === year) ?? first.find((b) => b.year === year) ?? first[0];
    onChange(own ? { organizationId: own.organizationId, year: own.year } : null);
  }, [value, books.data, ownOrganizationId, onChange]);
  const options = [
    ...list.map((b) => ({ value: keyOf(b), label: t('books.book', { organization: b.organizationName, year: b.year }) })),
    { value: ALL_BOOKS, label: t('books.all') },
  ];
  return (
    <Select<string>
      style={{ width: 340 }}
      aria-label={t('books.label')}
      loading={books.isLoading}
      value={value === undefined ? undefined : value === null ? ALL_BOOKS : keyOf(value)}
      onChange={(v) => {
        const b = list.find((x) => keyOf(x) === v);
        onChange(b ? { organizationId: b.organizationId, year: b.year } : null);
      }}
      options={options}
      showSearch={{ optionFilterProp: 'label' }}
      data-testid="incoming-book"
    />
  );
}
