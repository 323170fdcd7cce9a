import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, DatePicker, Descriptions, Form, Input, InputNumber, List, Result, Select, Space, Spin, Tag } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../../../api/api';
import { useMe } from '../../../auth/session';
import { errorText, useErrorHandler } from '../../../components/errors';
import { PageTitle } from '../../../components/PageTitle';
import { usePage } from '../../../components/paging';
import { DISPLAY_DAY, formatDay, toDay } from '../../../lib/dates';
import { can } from '../../../lib/permissions';
import { useWorkT } from '../i18n';

interface OpenValues {
  year?: number;
  index?: number;
  label?: string;
  range?: [Dayjs, Dayjs];
}

/** A schedule: its form and reporters, the periods waiting for reports, and opening a period (month, quarter, year pickers). */
export function SchedulePage() {
  const { id = '' } = useParams();
  const { t } = useWorkT();
  const { t: tc } = useTranslation();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const onError = useErrorHandler();
  const [form] = Form.useForm<OpenValues>();
  const q = useQuery({ queryKey: ['work-schedule', id], queryFn: () => api.get('/api/v1/reports/schedules/:id', { params: { id } }), retry: false });
  // Periods still waiting for someone's report, from the late board (the API lists no periods by schedule).
  const board = usePage('work-late', '/api/v1/reports/late-board', { organizationId: undefined, limit: 200 });
  const open = useMutation({
    mutationFn: (v: OpenValues) => api.post('/api/v1/reports/schedules/:id/periods', { params: { id }, body: v.range ? { label: v.label ?? '', periodStart: toDay(v.range[0]), periodEnd: toDay(v.range[1]) } : { year: v.year ?? new Date().getFullYear(), index: v.index ?? 1 } }),
    onSuccess: (p) => void navigate(`/cong-viec/reports/periods/${p.id}`),
    onError: (e) => onError(e, { form }),
  });
  if (q.isPending) return <Spin />;
  if (q.error) return <Result status="404" title="404" subTitle={errorText(q.error, tc)} extra={<Link to="/cong-viec/reports">{t('reports.back')}</Link>} />;
  const s = q.data;
  const periodic = s.kind !== 'thematic' && s.kind !== 'ad_hoc';
  const waiting = [...new Map((board.data?.data ?? []).filter((r) => r.scheduleName === s.name).map((r) => [r.periodId, r])).values()];
  const now = new Date();
  const year = now.getFullYear();
  const index = s.kind === 'monthly' ? now.getMonth() + 1 : s.kind === 'quarterly' ? Math.floor(now.getMonth() / 3) + 1 : 1;
  return (
    <>
      <Link to="/cong-viec/reports"><ArrowLeftOutlined /> {t('reports.back')}</Link>
      <PageTitle title={s.name} sub={`${t(`reportKinds.${s.kind}`)} · ${s.recipientName}`} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions size="small" column={1}>
          <Descriptions.Item label={t('reports.periodWindow')}>{t(`reports.periodWindows.${s.periodWindow}`)}</Descriptions.Item>
          <Descriptions.Item label={t('reports.cutoffDay')}>{s.cutoffDay}</Descriptions.Item>
          <Descriptions.Item label={t('reports.dueWorkingDays')}>{s.dueWorkingDays}</Descriptions.Item>
          <Descriptions.Item label={t('reports.figures')}>{s.template.figures.map((f) => `${f.label} (${t(`figureTypes.${f.type}`)})`).join('; ') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('reports.sections')}>{s.template.sections.map((x) => x.title).join('; ') || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('reports.reporters')}><Space size={[4, 4]} wrap>{s.reporters.map((r) => <Tag key={r.id}>{r.name}</Tag>)}</Space></Descriptions.Item>
        </Descriptions>
      </Card>
      {can(me, 'reports.write') && (
        <Card title={t('reports.openPeriod')} style={{ marginBottom: 16 }}>
          <Form<OpenValues> form={form} layout="inline" initialValues={{ year, index }} onFinish={(v) => open.mutate(v)}>
            {periodic ? (
              <>
                <Form.Item name="year" label={t('reports.periodYear')} rules={[{ required: true }]}><InputNumber min={2000} max={2200} /></Form.Item>
                {(s.kind === 'monthly' || s.kind === 'quarterly') && (
                  <Form.Item name="index" label={s.kind === 'monthly' ? t('reports.periodMonth') : t('reports.periodQuarter')}>
                    <Select style={{ width: 110 }} options={Array.from({ length: s.kind === 'monthly' ? 12 : 4 }, (_, i) => ({ value: i + 1, label: s.kind === 'monthly' ? String(i + 1) : ['I', 'II', 'III', 'IV'][i] }))} />
                  </Form.Item>
                )}
              </>
            ) : (
              <>
                <Form.Item name="label" label={t('reports.periodLabel')} rules={[{ required: true, message: tc('common.required', { field: t('reports.periodLabel').toLowerCase() }) }]}><Input style={{ width: 220 }} /></Form.Item>
                <Form.Item name="range" label={t('reports.periodRange')} rules={[{ required: true, message: tc('common.requiredSelect', { field: t('reports.periodRange').toLowerCase() }) }]}><DatePicker.RangePicker format={DISPLAY_DAY} /></Form.Item>
              </>
            )}
            <Button type="primary" htmlType="submit" loading={open.isPending}>{t('reports.openPeriod')}</Button>
          </Form>
        </Card>
      )}
      <Card title={t('reports.openPeriods')} extra={t('reports.openPeriodsHint')}>
        {board.error && <Alert type="error" title={errorText(board.error, tc)} />}
        <List
          dataSource={waiting}
          locale={{ emptyText: t('reports.noOpenPeriods') }}
          renderItem={(r) => (
            <List.Item><Space><Link to={`/cong-viec/reports/periods/${r.periodId}`}>{r.label}</Link><span>{t('reports.dueOn')}: {formatDay(r.dueOn)}</span></Space></List.Item>
          )}
        />
      </Card>
    </>
  );
}
