import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, InputNumber, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api } from '../../../api/api';
import { FormModal } from '../../../components/FormModal';
import { OrgTreeSelect } from '../../../components/OrgTreeSelect';
import { required, requiredSelect } from '../../../components/forms';
import { useWorkT } from '../i18n';
import { OrgMultiSelect } from '../tasks/OrgMultiSelect';
import { FIGURE_TYPES, PERIOD_WINDOWS, type PeriodWindow, REPORT_KINDS, type ReportKind, type Template } from '../types';

interface Values extends Template {
  recipientOrganizationId: string;
  name: string;
  kind: ReportKind;
  cutoffDay?: number | null;
  periodWindow: PeriodWindow;
  dueWorkingDays?: number | null;
  reporterOrganizationIds: string[];
}

const KEY = /^[a-z][a-z0-9_]{0,59}$/;

/** A new schedule: recipient, kind, cut-off and due rules, the form (figures with a type, narrative sections), reporters from the tree. */
export function ScheduleCreateModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useWorkT();
  const { t: tc } = useTranslation();
  const navigate = useNavigate();
  const keyRule = { pattern: KEY, message: t('reports.keyRule') };
  const submit = async (v: Values) => {
    const s = await api.post('/api/v1/reports/schedules', { body: {
      recipientOrganizationId: v.recipientOrganizationId, name: v.name, kind: v.kind, template: { figures: v.figures, sections: v.sections },
      cutoffDay: v.cutoffDay ?? undefined, periodWindow: v.periodWindow, dueWorkingDays: v.dueWorkingDays ?? undefined, reporterOrganizationIds: v.reporterOrganizationIds,
    } });
    void navigate(`/cong-viec/reports/schedules/${s.id}`);
  };
  return (
    <FormModal<Values> open={open} title={t('reports.addSchedule')} onClose={onClose} submit={submit} width={820} initialValues={{ kind: 'monthly', periodWindow: 'decree_09', figures: [], sections: [] }}>
      <Form.Item name="name" label={t('reports.name')} rules={[required(tc, t('reports.name'))]}><Input /></Form.Item>
      <Space wrap size="large" align="start">
        <Form.Item name="recipientOrganizationId" label={t('reports.recipient')} rules={[requiredSelect(tc, t('reports.recipient'))]} style={{ width: 300 }}><OrgTreeSelect /></Form.Item>
        <Form.Item name="kind" label={t('reports.kind')} rules={[requiredSelect(tc, t('reports.kind'))]}>
          <Select<ReportKind> style={{ width: 160 }} options={REPORT_KINDS.map((k) => ({ value: k, label: t(`reportKinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="cutoffDay" label={t('reports.cutoffDay')}><InputNumber min={1} max={28} /></Form.Item>
        <Form.Item name="dueWorkingDays" label={t('reports.dueWorkingDays')}><InputNumber min={0} max={60} /></Form.Item>
      </Space>
      <Form.Item name="periodWindow" label={t('reports.periodWindow')}>
        <Select<PeriodWindow> data-testid="schedule-window" options={PERIOD_WINDOWS.map((w) => ({ value: w, label: t(`reports.periodWindows.${w}`) }))} />
      </Form.Item>
      <Typography.Paragraph type="secondary">{t('reports.defaultRule')}</Typography.Paragraph>
      <Form.Item name="reporterOrganizationIds" label={t('reports.reporters')} rules={[requiredSelect(tc, t('reports.reporters'))]}>
        <OrgMultiSelect placeholder={t('reports.reportersHint')} />
      </Form.Item>
      <Typography.Title level={5}>{t('reports.figures')}</Typography.Title>
      <Form.List name="figures">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="start" wrap>
                <Form.Item name={[f.name, 'key']} rules={[required(tc, t('reports.figureKey')), keyRule]}><Input placeholder={t('reports.figureKey')} style={{ width: 150 }} /></Form.Item>
                <Form.Item name={[f.name, 'label']} rules={[required(tc, t('reports.figureLabel'))]}><Input placeholder={t('reports.figureLabel')} style={{ width: 300 }} /></Form.Item>
                <Form.Item name={[f.name, 'type']} rules={[requiredSelect(tc, t('reports.figureType'))]}>
                  <Select placeholder={t('reports.figureType')} style={{ width: 150 }} options={FIGURE_TYPES.map((x) => ({ value: x, label: t(`figureTypes.${x}`) }))} />
                </Form.Item>
                <Button type="text" danger icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={t('reports.remove')} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ type: 'integer' })}>{t('reports.addFigure')}</Button>
          </>
        )}
      </Form.List>
      <Typography.Title level={5} style={{ marginTop: 16 }}>{t('reports.sections')}</Typography.Title>
      <Form.List name="sections">
        {(fields, { add, remove }) => (
          <>
            {fields.map((f) => (
              <Space key={f.key} align="start" wrap>
                <Form.Item name={[f.name, 'key']} rules={[required(tc, t('reports.figureKey')), keyRule]}><Input placeholder={t('reports.figureKey')} style={{ width: 150 }} /></Form.Item>
                <Form.Item name={[f.name, 'title']} rules={[required(tc, t('reports.sectionTitle'))]}><Input placeholder={t('reports.sectionTitle')} style={{ width: 400 }} /></Form.Item>
                <Button type="text" danger icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} aria-label={t('reports.remove')} />
              </Space>
            ))}
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add()}>{t('reports.addSection')}</Button>
          </>
        )}
      </Form.List>
    </FormModal>
  );
}
