import { Card, DatePicker, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useCallback, useState } from 'react';
import { useMe } from '../../auth/session';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageTitle } from '../../components/PageTitle';
import { useSearchPager } from '../../components/paging';
import { can } from '../../lib/permissions';
import { type Book, BookPicker } from './BookPicker';
import { ExportButtons } from './ExportButtons';
import { FastIncomingForm } from './FastIncomingForm';
import { useDocsT } from './i18n';
import { IncomingTable } from './IncomingTable';
import { INCOMING_STATES, type IncomingEntry, type IncomingState, URGENCIES, type Urgency } from './types';

interface Filters { month?: Dayjs | null; unitId?: string | null; state?: IncomingState; urgency?: Urgency }

/**
 * /correspondence: the clerk's fast registration and the incoming register: one book (the user's own
 * organization's of this year unless another is chosen, or all of them combined), in arrival order,
 * newest first; urgency filters and marks rows, it does not reorder the book.
 */
export function IncomingPage() {
  const { t } = useDocsT();
  const { data: me } = useMe();
  const { search, setSearch, q, pager } = useSearchPager();
  const [book, setBookState] = useState<Book | undefined>(undefined);
  // The register opens on this month of the book.
  const [f, setF] = useState<Filters>({ month: dayjs() });
  const [justSaved, setJustSaved] = useState<string | null>(null);
  const set = (patch: Partial<Filters>) => {
    setF((old) => ({ ...old, ...patch }));
    pager.reset();
  };
  const { reset } = pager;
  const setBook = useCallback((b: Book) => {
    setBookState(b);
    // A month of another year is not in this book.
    setF((old) => (b && old.month && old.month.year() !== b.year ? { ...old, month: null } : old));
    reset();
  }, [reset]);
  const onSaved = (entry: IncomingEntry) => {
    setJustSaved(entry.id);
    if (book && (book.organizationId !== entry.organizationId || book.year !== entry.year)) setBookState({ organizationId: entry.organizationId, year: entry.year });
    if (f.month && f.month.format('YYYY-MM') !== entry.receivedOn.slice(0, 7)) setF((old) => ({ ...old, month: dayjs(entry.receivedOn) }));
    pager.reset();
  };
  const registerOrg = me?.grants.find((g) => can(me, 'correspondence.write', g.path))?.organizationId;
  const bookQuery = book ? { organizationId: book.organizationId, year: book.year } : {};
  const query = { ...bookQuery, q, month: f.month?.format('YYYY-MM'), unitId: f.unitId, state: f.state, urgency: f.urgency };
  return (
    <>
      <PageTitle title={t('correspondence.tabs.incoming')} extra={<ExportButtons register="incoming" testId="incoming-export" book={book ?? null} />} />
      {can(me, 'correspondence.write') && <FastIncomingForm organizationId={registerOrg} onSaved={onSaved} />}
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <BookPicker value={book} onChange={setBook} ownOrganizationId={registerOrg ?? me?.grants[0]?.organizationId} />
          <Input.Search allowClear style={{ width: 320 }} placeholder={t('incoming.search')} aria-label={t('incoming.search')} value={search} onChange={(e) => setSearch(e.target.value)} data-testid="incoming-search" />
          <DatePicker picker="month" format="MM/YYYY" placeholder={t('incoming.month')} value={f.month ?? null} onChange={(v) => set({ month: v })} />
          <OrgTreeSelect allowClear style={{ width: 240 }} placeholder={t('incoming.unit')} value={f.unitId ?? null} onChange={(v) => set({ unitId: v })} />
          <Select<IncomingState> allowClear style={{ width: 160 }} placeholder={t('incoming.allStates')} value={f.state} onChange={(v) => set({ state: v })} options={INCOMING_STATES.map((s) => ({ value: s, label: t(`incomingStates.${s}`) }))} />
          <Select<Urgency> allowClear style={{ width: 150 }} placeholder={t('incoming.allUrgencies')} value={f.urgency} onChange={(v) => set({ urgency: v })} options={URGENCIES.map((u) => ({ value: u, label: t(`urgencies.${u}`) }))} />
        </Space>
        {book !== undefined && <IncomingTable query={query} pager={pager} q={q} combined={book === null} highlightId={justSaved} />}
      </Card>
    </>
  );
}
