import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Checkbox, DatePicker, Empty, Form, InputNumber, Space, Table } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import type { BodyKind, Organization, Term } from '../../api/types';
import { errorText } from '../../components/errors';
import { FormModal } from '../../components/FormModal';
import { requiredSelect } from '../../components/forms';
import { PeriodStatus } from '../../components/PeriodStatus';
import { DISPLAY_DAY, formatDay, toDay } from '../../lib/dates';
import { BODY_KINDS, defaultBodies } from '../../lib/enums';
import { refreshOrganization, useTerms } from './queries';
import { TermBodies } from './TermBodies';

export function congressLabel(t: (k: 'terms.congress', o: { roman: string }) => string, term: Term) {
  return t('terms.congress', { roman: term.ordinalRoman });
}

export function TermsTab({ org, writable }: { org: Organization; writable: boolean }) {
  const { t } = useTranslation();
  const { data: terms, isPending, error } = useTerms(org.id);
  const [selected, setSelected] = useState<string | null>(null);
  const [opening, setOpening] = useState(false);
  if (error) return <Alert type="error" showIcon title={errorText(error, t)} />;
  const current = selected ?? terms?.[0]?.id ?? null;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      {writable && (
        <Button icon={<PlusOutlined />} onClick={() => setOpening(true)}>
          {t('terms.open')}
        </Button>
      )}
      <Table<Term>
        size="small"
        rowKey="id"
        loading={isPending}
        dataSource={terms ?? []}
        pagination={false}
        locale={{ emptyText: t('terms.empty') }}
        rowSelection={{ type: 'radio', selectedRowKeys: current ? [current] : [], onChange: (keys) => setSelected(String(keys[0])) }}
        onRow={(term) => ({ onClick: () => setSelected(term.id), style: { cursor: 'pointer' } })}
        columns={[
          {
            title: t('org.tabs.terms'),
            key: 'label',
            render: (_, term) => (
              <div>
                <strong>{t('terms.label', { from: term.startYear, to: term.endYear })}</strong>
                <div data-testid="term-congress" style={{ color: 'rgba(0,0,0,0.55)', fontSize: 13 }}>
                  {congressLabel(t, term)}
                </div>
              </div>
            ),
          },
          { title: t('terms.congressClosedOn'), dataIndex: 'congressClosedOn', render: (d: string) => formatDay(d) },
          {
            title: t('common.periodTitle'),
            key: 'period',
            render: (_, term) =>
              term.endsOn
                ? t('common.period', { from: formatDay(term.startsOn), to: formatDay(term.endsOn) })
                : t('common.since', { from: formatDay(term.startsOn) }),
          },
          {
            key: 'status',
            render: (_, term) => <PeriodStatus startsOn={term.startsOn} endsOn={term.endsOn} />,
          },
        ]}
      />
      {current ? <TermBodies termId={current} writable={writable} /> : !isPending && terms?.length === 0 ? null : <Empty description={t('terms.selectPrompt')} />}
      {writable && <OpenTermModal org={org} latest={terms?.[0]} open={opening} onClose={() => setOpening(false)} onOpened={setSelected} />}
    </Space>
  );
}

interface OpenValues {
  ordinal: number;
  startYear: number;
  endYear: number;
  congressOpenedOn?: Dayjs | null;
  congressClosedOn: Dayjs;
  bodies: BodyKind[];
}

function OpenTermModal(props: { org: Organization; latest: Term | undefined; open: boolean; onClose: () => void; onOpened: (id: string) => void }) {
  const { org, latest, open, onClose, onOpened } = props;
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const startYear = latest ? latest.endYear : new Date().getFullYear();
  return (
    <FormModal<OpenValues>
      open={open}
      onClose={onClose}
      title={t('terms.open')}
      warning={latest ? t('terms.openWarning') : undefined}
      initialValues={{
        ordinal: latest ? latest.ordinal + 1 : 1,
        startYear,
        endYear: startYear + 5,
        bodies: defaultBodies(org.kind),
      }}
      submit={async (v) => {
        const term = await api.post('/api/v1/organizations/:id/terms', { params: { id: org.id }, body: {
          ordinal: v.ordinal,
          startYear: v.startYear,
          endYear: v.endYear,
          congressOpenedOn: toDay(v.congressOpenedOn),
          congressClosedOn: toDay(v.congressClosedOn),
          bodies: v.bodies,
        } });
        void message.success(t('terms.opened'));
        await refreshOrganization(qc, org.id);
        onOpened(term.id);
      }}
    >
      <Space wrap size="large">
        <Form.Item name="ordinal" label={t('terms.ordinal')} rules={[{ required: true, type: 'integer', min: 1 }]}>
          <InputNumber min={1} max={100} />
        </Form.Item>
        <Form.Item name="startYear" label={t('terms.startYear')} rules={[{ required: true, type: 'integer', min: 1930, max: 2200 }]}>
          <InputNumber min={1930} max={2200} />
        </Form.Item>
        <Form.Item
          name="endYear"
          label={t('terms.endYear')}
          dependencies={['startYear']}
          rules={[
            { required: true, type: 'integer' },
            ({ getFieldValue }) => ({
              validator: (_, value: number | undefined) =>
                value === undefined || value > Number(getFieldValue('startYear'))
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('terms.endYearAfter'))),
            }),
          ]}
        >
          <InputNumber min={1930} max={2200} />
        </Form.Item>
      </Space>
      <Space wrap size="large">
        <Form.Item name="congressOpenedOn" label={t('terms.congressOpenedOn')}>
          <DatePicker format={DISPLAY_DAY} />
        </Form.Item>
        <Form.Item name="congressClosedOn" label={t('terms.congressClosedOn')} rules={[requiredSelect(t, t('terms.congressClosedOn'))]}>
          <DatePicker format={DISPLAY_DAY} />
        </Form.Item>
      </Space>
      <Form.Item name="bodies" label={t('terms.bodies')}>
        <Checkbox.Group options={BODY_KINDS.map((k) => ({ value: k, label: t(`bodyKinds.${k}`) }))} />
      </Form.Item>
    </FormModal>
  );
}
