import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, DatePicker, Form, Select, Space, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/api';
import type { Assignment, Organization } from '../../api/types';
import { errorText } from '../../components/errors';
import { FormModal } from '../../components/FormModal';
import { requiredSelect } from '../../components/forms';
import { PeriodStatus } from '../../components/PeriodStatus';
import { PersonSelect } from '../../components/PersonSelect';
import { DISPLAY_DAY, formatDay, toDay } from '../../lib/dates';
import { refreshOrganization, useAssignments, useTerms } from './queries';

/** Phân công phụ trách: which member of the superior committee is in charge of this organization. */
export function AssignmentsTab({ org, writable }: { org: Organization; writable: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const { data, isPending, error } = useAssignments(org.id);
  // The member in charge belongs to the parent committee's term.
  const { data: parentTerms } = useTerms(org.parentId);
  const [adding, setAdding] = useState(false);
  if (error) return <Alert type="error" showIcon title={errorText(error, t)} />;
  const termLabel = (id: string | null) => {
    const term = parentTerms?.find((x) => x.id === id);
    return term ? t('terms.label', { from: term.startYear, to: term.endYear }) : '';
  };
  const rows = [...(data ?? [])].sort((a, b) => b.startsOn.localeCompare(a.startsOn));

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Text type="secondary">{t('assignments.intro')}</Typography.Text>
      {writable && (
        <Button icon={<PlusOutlined />} onClick={() => setAdding(true)}>
          {t('assignments.add')}
        </Button>
      )}
      <Table<Assignment>
        size="small"
        rowKey="id"
        loading={isPending}
        dataSource={rows}
        pagination={false}
        locale={{ emptyText: t('assignments.empty') }}
        columns={[
          { title: t('assignments.person'), dataIndex: 'fullName', render: (n: string, a) => <Link to={`/people/${a.personId}`}>{n}</Link> },
          { title: t('assignments.term'), dataIndex: 'termId', render: (id: string | null) => termLabel(id) },
          { title: t('common.startsOn'), dataIndex: 'startsOn', render: (d: string) => formatDay(d) },
          {
            title: t('common.endsOn'),
            dataIndex: 'endsOn',
            render: (d: string | null, a) => (d ? formatDay(d) : <PeriodStatus startsOn={a.startsOn} endsOn={null} />),
          },
        ]}
      />
      <FormModal<{ personId: string; startsOn: Dayjs; termId?: string }>
        open={adding}
        onClose={() => setAdding(false)}
        title={t('assignments.add')}
        initialValues={{ startsOn: dayjs(), termId: parentTerms?.find((x) => !x.endsOn)?.id }}
        onDone={() => {
          void message.success(t('assignments.added'));
          void refreshOrganization(qc, org.id);
        }}
        submit={(v) =>
          api.post('/api/v1/organizations/:id/assignments', { params: { id: org.id }, body: { personId: v.personId, startsOn: toDay(v.startsOn), termId: v.termId ?? undefined } })
        }
      >
        <Form.Item name="personId" label={t('assignments.person')} rules={[requiredSelect(t, t('assignments.person'))]}>
          <PersonSelect />
        </Form.Item>
        <Form.Item name="termId" label={t('assignments.term')}>
          <Select
            allowClear
            options={(parentTerms ?? []).map((x) => ({ value: x.id, label: t('terms.label', { from: x.startYear, to: x.endYear }) }))}
          />
        </Form.Item>
        <Form.Item name="startsOn" label={t('common.startsOn')} rules={[requiredSelect(t, t('common.startsOn'))]}>
          <DatePicker format={DISPLAY_DAY} />
        </Form.Item>
      </FormModal>
    </Space>
  );
}
