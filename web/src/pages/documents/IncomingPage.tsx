import { Card, DatePicker, Input, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useMe } from '../../auth/session';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageTitle } from '../../components/PageTitle';
import { useSearchPager } from '../../components/paging';
import { can } from '../../lib/permissions';
import { ExportButtons } from './ExportButtons';
import { FastIncomingForm } from './FastIncomingForm';
import { useDocsT } from './i18n';
import { IncomingTable } from './IncomingTable';
import { INCOMING_STATES, type IncomingState, URGENCIES, type Urgency } from './types';

interface Filters { month?: Dayjs | null; unitId?: string | null; state?: IncomingState; urgency?: Urgency }

/** /correspondence: the clerk's fast registration and the incoming register with its filters. */
export function IncomingPage() {
  const { t } = useDocsT();
  const { data: me } = useMe();
  const { search, setSearch, q, pager } = useSearchPager();
  // The register opens on this month: its urgent entries first, then the newest.
  const [f, setF] = useState<Filters>({ month: dayjs() });
  const set = (patch: Partial<Filters>) => {
    setF((old) => ({ ...old, ...patch }));
    pager.reset();
  };
  const registerOrg = me?.grants.find((g) => can(me, 'correspondence.write', g.path))?.organizationId;
  const query = { q, month: f.month?.format('YYYY-MM'), unitId: f.unitId, state: f.state, urgency: f.urgency };
  return (
    <>
      <PageTitle title={t('correspondence.tabs.incoming')} extra={<ExportButtons base="/api/v1/incoming/export" testId="incoming-export" />} />
      {can(me, 'correspondence.write') && <FastIncomingForm organizationId={registerOrg} />}
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <Input.Search allowClear style={{ width: 320 }} placeholder={t('incoming.search')} aria-label={t('incoming.search')} value={search} onChange={(e) => setSearch(e.target.value)} data-testid="incoming-search" />
          <DatePicker picker="month" format="MM/YYYY" placeholder={t('incoming.month')} value={f.month ?? null} onChange={(v) => set({ month: v })} />
          <OrgTreeSelect allowClear style={{ width: 240 }} placeholder={t('incoming.unit')} value={f.unitId ?? null} onChange={(v) => set({ unitId: v })} />
          <Select<IncomingState> allowClear style={{ width: 160 }} placeholder={t('incoming.allStates')} value={f.state} onChange={(v) => set({ state: v })} options={INCOMING_STATES.map((s) => ({ value: s, label: t(`incomingStates.${s}`) }))} />
          <Select<Urgency> allowClear style={{ width: 150 }} placeholder={t('incoming.allUrgencies')} value={f.urgency} onChange={(v) => set({ urgency: v })} options={URGENCIES.map((u) => ({ value: u, label: t(`urgencies.${u}`) }))} />
        </Space>
        <IncomingTable query={query} pager={pager} q={q} />
      </Card>
    </>
  );
}
