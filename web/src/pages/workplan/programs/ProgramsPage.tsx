import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Form, Input, InputNumber, Select, Space, Table, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../../../api/api';
import { useMe } from '../../../auth/session';
import { errorText } from '../../../components/errors';
import { FormModal } from '../../../components/FormModal';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { PageTitle } from '../../../components/PageTitle';
import { CursorPager, useCursorStack, usePage } from '../../../components/paging';
import { required, requiredSelect } from '../../../components/forms';
import { DISPLAY_DAY, formatDay, toDay } from '../../../lib/dates';
import { can } from '../../../lib/permissions';
import { useWorkT } from '../i18n';
import { PROGRAM_KINDS, type ProgramKind, type ProgramSummary } from '../types';

interface Values {
  organizationId: string;
  kind: ProgramKind;
  title: string;
  periodStart: Dayjs;
  periodEnd: Dayjs;
}

/** /cong-viec/programs: work programs by organization, year and kind, newest period first. */
export function ProgramsPage() {
  const { t } = useWorkT();
  const { t: tc } = useTranslation();
  const { data: me } = useMe();
  const pager = useCursorStack();
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [kind, setKind] = useState<ProgramKind | null>(null);
  const [creating, setCreating] = useState(false);
  const page = usePage('work-programs', '/api/v1/programs', { organizationId, year, kind, limit: 20, cursor: pager.cursor, includeTotal: true });
  const refilter = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    pager.reset();
  };

  return (
    <>
      <PageTitle title={t('programs.title')} sub={t('programs.intro')} extra={can(me, 'tasks.write') && <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('programs.add')}</Button>} />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <OrgTreeSelect style={{ width: 280 }} allowClear placeholder={t('programs.organization')} value={organizationId} onChange={refilter(setOrganizationId)} />
          <InputNumber<number> style={{ width: 120 }} min={2000} max={2200} placeholder={t('programs.year')} aria-label={t('programs.year')} value={year} onChange={(v) => refilter(setYear)(v ?? null)} />
          <Select<ProgramKind | null> allowClear style={{ width: 180 }} placeholder={t('programs.kind')} value={kind} onChange={(v) => refilter(setKind)(v ?? null)} options={PROGRAM_KINDS.map((k) => ({ value: k, label: t(`programKinds.${k}`) }))} />
        </Space>
        {page.error && <Alert type="error" showIcon title={errorText(page.error, tc)} style={{ marginBottom: 16 }} />}
        <Table<ProgramSummary>
          rowKey="id"
          size="middle"
          loading={page.isFetching}
          dataSource={page.data?.data ?? []}
          pagination={false}
          locale={{ emptyText: t('programs.empty') }}
          columns={[
            { key: 'title', title: t('programs.name'), render: (_, p) => <Link to={`/cong-viec/programs/${p.id}`} data-testid="program-link">{p.title}</Link> },
            { key: 'kind', title: t('programs.kind'), width: 110, render: (_, p) => t(`programKinds.${p.kind}`) },
            { key: 'org', title: t('programs.organization'), dataIndex: 'organizationName', width: 220, responsive: ['lg'] },
            { key: 'period', title: t('programs.period'), width: 200, render: (_, p) => `${formatDay(p.periodStart)} – ${formatDay(p.periodEnd)}` },
            { key: 'status', title: t('programs.status'), width: 130, render: (_, p) => <Tag color={p.status === 'adopted' ? 'green' : 'default'}>{t(`programStatuses.${p.status}`)}</Tag> },
          ]}
        />
        <CursorPager pager={pager} next={page.data?.links.next} total={page.data?.meta.total} loading={page.isFetching} />
      </Card>
      <ProgramCreateModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}

/** A new program of an organization for a period; opens its page. */
function ProgramCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useWorkT();
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const create = async (v: Values) => {
    const p = await api.post('/api/v1/programs', { body: { organizationId: v.organizationId, kind: v.kind, title: v.title, periodStart: toDay(v.periodStart), periodEnd: toDay(v.periodEnd) } });
    void navigate(`/cong-viec/programs/${p.id}`);
  };
  return (
    <FormModal<Values> open={open} title={t('programs.add')} onClose={onClose} submit={create} width={640}>
      <Form.Item name="organizationId" label={t('programs.organization')} rules={[requiredSelect(tc, t('programs.organization'))]}>
        <OrgTreeSelect />
      </Form.Item>
      <Form.Item name="kind" label={t('programs.kind')} rules={[requiredSelect(tc, t('programs.kind'))]}>
        <Select<ProgramKind> options={PROGRAM_KINDS.map((k) => ({ value: k, label: t(`programKinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="title" label={t('programs.name')} rules={[required(tc, t('programs.name'))]}>
        <Input />
      </Form.Item>
      <Space size="large" wrap>
        <Form.Item name="periodStart" label={t('programs.periodStart')} rules={[requiredSelect(tc, t('programs.periodStart'))]}>
          <DatePicker format={DISPLAY_DAY} />
        </Form.Item>
        <Form.Item
          name="periodEnd"
          label={t('programs.periodEnd')}
          dependencies={['periodStart']}
          rules={[
            requiredSelect(tc, t('programs.periodEnd')),
            ({ getFieldValue }) => ({
              validator: (_r, v: Dayjs | undefined) => {
                const start = getFieldValue('periodStart') as Dayjs | undefined;
                return !v || !start || !v.isBefore(start) ? Promise.resolve() : Promise.reject(new Error(t('programs.endBeforeStart')));
              },
            }),
          ]}
        >
          <DatePicker format={DISPLAY_DAY} />
        </Form.Item>
      </Space>
    </FormModal>
  );
}
