import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import type { ColumnsType, SorterResult } from 'antd/es/table/interface';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { useMe } from '../../auth/session';
import { Highlight } from '../../components/Highlight';
import { type DayRange, ListFilterBar, selectFilter } from '../../components/ListFilterBar';
import { PageTitle } from '../../components/PageTitle';
import { PagedTable } from '../../components/PagedTable';
import { usePage, useSearchPager } from '../../components/paging';
import { toDay } from '../../lib/dates';
import { can } from '../../lib/permissions';
import { type MeetingsT, useMeetingsT } from './i18n';
import { StateTag } from './labels';
import { MeetingCreateModal } from './MeetingCreateModal';
import { meetingTime } from './time';
import { MEETING_KINDS, MEETING_STATES, type MeetingKind, type MeetingState, type MeetingSummary } from './types';

type SortKey = 'startsAt' | 'title';
type Sort = SortKey | `-${SortKey}`;

const sortOf = (s: SorterResult<MeetingSummary>): Sort => {
  const key: SortKey = s.columnKey === 'title' ? 'title' : 'startsAt';
  if (!s.order) return '-startsAt';
  return s.order === 'descend' ? `-${key}` : key;
};

const orderOf = (sort: Sort, key: SortKey) => (sort === key ? 'ascend' : sort === `-${key}` ? 'descend' : null);

/** The list's filters and sort; any change goes back to the first page. */
function useMeetingFilters() {
  const { search, setSearch, q, pager } = useSearchPager();
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [kind, setKind] = useState<MeetingKind | null>(null);
  const [state, setState] = useState<MeetingState | null>(null);
  const [range, setRange] = useState<DayRange>(null);
  const [sort, setSort] = useState<Sort>('-startsAt');
  const refilter = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    pager.reset();
  };
  const query = { q, organizationId, kind, state, from: toDay(range?.[0]), to: toDay(range?.[1]), sort, limit: 20, cursor: pager.cursor, includeTotal: true };
  return {
    search, setSearch, q, pager, query, organizationId, kind, state, range, sort,
    setOrganizationId: refilter(setOrganizationId),
    setKind: refilter((v: MeetingKind | null | undefined) => setKind(v ?? null)),
    setState: refilter((v: MeetingState | null | undefined) => setState(v ?? null)),
    setRange: refilter(setRange),
    setSort: refilter(setSort),
  };
}

type Filters = ReturnType<typeof useMeetingFilters>;

function FilterBar({ f }: { f: Filters }) {
  const { t } = useMeetingsT();
  return (
    <ListFilterBar
      filters={[
        { kind: 'search', label: t('list.search'), value: f.search, onChange: f.setSearch, width: 260, testId: 'meetings-search' },
        { kind: 'org', placeholder: t('list.organizationFilter'), width: 240, value: f.organizationId, onChange: f.setOrganizationId },
        selectFilter<MeetingKind | null>({ label: t('fields.kind'), width: 230, value: f.kind, onChange: f.setKind, options: MEETING_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) })) }),
        selectFilter<MeetingState | null>({ label: t('fields.state'), width: 160, value: f.state, onChange: f.setState, options: MEETING_STATES.map((s) => ({ value: s, label: t(`states.${s}`) })) }),
        { kind: 'range', allowEmpty: [true, true], value: f.range, onChange: f.setRange, placeholder: [t('list.from'), t('list.to')] },
      ]}
    />
  );
}

function columns(t: MeetingsT, q: string, sort: Sort): ColumnsType<MeetingSummary> {
  return [
    { key: 'startsAt', title: t('fields.time'), width: 190, sorter: true, sortOrder: orderOf(sort, 'startsAt'), render: (_, m) => meetingTime(m.startsAt, m.endsAt) },
    {
      key: 'title',
      title: t('fields.title'),
      sorter: true,
      sortOrder: orderOf(sort, 'title'),
      render: (_, m) => (
        <Link to={`/meetings/${m.id}`} data-testid="meeting-link">
          <Highlight text={m.title} query={q} />
        </Link>
      ),
    },
    { key: 'kind', title: t('fields.kind'), width: 200, render: (_, m) => t(`kinds.${m.kind}`), responsive: ['xxl'] },
    { key: 'organization', title: t('fields.organization'), dataIndex: 'organizationName', width: 200, ellipsis: true, responsive: ['md'] },
    { key: 'place', title: t('fields.place'), dataIndex: 'place', width: 180, ellipsis: true, responsive: ['xxl'] },
    { key: 'state', title: t('fields.state'), width: 140, render: (_, m) => <StateTag state={m.state} /> },
  ];
}

/** /meetings: the meetings the user may see, newest first, with filters and "plan a meeting". */
export function MeetingsPage() {
  const { t } = useMeetingsT();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const f = useMeetingFilters();
  const [creating, setCreating] = useState(false);
  const page = usePage('meetings', '/api/v1/meetings', f.query);
  return (
    <>
      <PageTitle
        title={t('title')}
        extra={
          can(me, 'meetings.write') && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="meeting-plan">
              {t('list.plan')}
            </Button>
          )
        }
      />
      <Card>
        <FilterBar f={f} />
        <PagedTable<MeetingSummary>
          page={page}
          pager={f.pager}
          emptyText={t('list.empty')}
          onChange={(_p, _f, s) => f.setSort(sortOf(Array.isArray(s) ? (s[0] ?? {}) : s))}
          onRow={(m) => ({ onDoubleClick: () => void navigate(`/meetings/${m.id}`) })}
          scroll={{ x: 820 }}
          columns={columns(t, f.q, f.sort)}
        />
      </Card>
      <MeetingCreateModal open={creating} onClose={() => setCreating(false)} onCreated={(m) => void navigate(`/meetings/${m.id}`)} />
    </>
  );
}
