import { useQuery } from '@tanstack/react-query';
import { Col, Form, Row, Select, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { requiredSelect } from '../../components/forms';
import { useDebounced } from '../../lib/useDebounced';
import {
  CellResolutionFields, CertificateFields, DayField, DecisionActionFields, DisciplineFields, ExemptionFields,
  RetirementFields, TransferInFields, TransferOutFields, TransferReceiptFields,
} from './ActionFieldSets';
import { DateField, TextField } from './fields';

/** The form's values as the API wants them: days as 'YYYY-MM-DD', text trimmed, blanks left out. */
export function toBody(values: unknown): unknown {
  if (dayjs.isDayjs(values)) return values.format('YYYY-MM-DD');
  if (typeof values === 'string') return values.trim() || undefined;
  if (Array.isArray(values)) return values.map(toBody);
  if (values && typeof values === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(values)) {
      const b = toBody(v);
      if (b !== undefined && b !== null) out[k] = b;
    }
    return out;
  }
  return values;
}

/** Finds an official member by name (server search, diacritics-insensitive). */
export function MemberSelect({ value, onChange, id, exclude }: { value?: string; onChange?: (v: string) => void; id?: string; exclude?: string }) {
  const { t } = useTranslation('members');
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const { data, isFetching } = useQuery({
    queryKey: ['members', 'pick', q],
    queryFn: () => api.get('/api/v1/members', { query: { q, status: 'official', limit: 20, sort: 'name' } }),
  });
  const options = (data?.data ?? []).filter((m) => m.id !== exclude).map((m) => ({ value: m.id, label: m.fullName, cell: m.cellName }));
  return (
    <Select<string, (typeof options)[number]>
      id={id}
      value={value}
      onChange={onChange}
      options={options}
      loading={isFetching}
      placeholder={t('form.introducerPick')}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      optionRender={(o) => (
        <div>
          <div>{o.data.label}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {o.data.cell}
          </Typography.Text>
        </div>
      )}
      style={{ width: '100%' }}
    />
  );
}

function IntroducerFields({ memberId }: { memberId: string }) {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  return (
    <>
      {[0, 1].map((i) => (
        <Row gutter={12} key={i}>
          <Col xs={24} sm={15}>
            <Form.Item
              name={['introducers', i, 'memberId']}
              label={t('form.introducer', { n: i + 1 })}
              dependencies={i === 1 ? [['introducers', 0, 'memberId']] : []}
              rules={[
                requiredSelect(tc, t('form.introducer', { n: i + 1 })),
                ({ getFieldValue }) => ({
                  validator: (_, v: string | undefined) =>
                    i === 1 && v && v === getFieldValue(['introducers', 0, 'memberId'])
                      ? Promise.reject(new Error(t('form.twoIntroducers')))
                      : Promise.resolve(),
                }),
              ]}
            >
              <MemberSelect exclude={memberId} />
            </Form.Item>
          </Col>
          <Col xs={24} sm={9}>
            <DateField name={['introducers', i, 'knownSince']} label={t('form.knownSince')} />
          </Col>
        </Row>
      ))}
    </>
  );
}

function ActionInputs({ action, memberId }: { action: string; memberId: string }) {
  const { t } = useTranslation('members');
  switch (action) {
    case 'introducers':
      return <IntroducerFields memberId={memberId} />;
    case 'course-certificate':
      return <CertificateFields />;
    case 'cell-resolution':
      return <CellResolutionFields />;
    case 'admission-decision':
    case 'official-recognition':
    case 'probation-removal':
    case 'removal':
      return <DecisionActionFields withReason={action === 'probation-removal' || action === 'removal'} />;
    case 'ceremony':
      return <DayField name="heldOn" label={t('form.heldOn')} />;
    case 'transfer-out':
      return <TransferOutFields />;
    case 'transfer-receipt':
      return <TransferReceiptFields />;
    case 'transfer-in':
      return <TransferInFields />;
    case 'exemption':
      return <ExemptionFields />;
    case 'discipline':
      return <DisciplineFields />;
    case 'retirement':
      return <RetirementFields />;
    default:
      // exemption-end, leave, death: one date.
      return <DayField name="on" label={t('form.on')} past={action !== 'exemption-end'} />;
  }
}

/** The fields of one workflow's form, as named in the API, and a note every action may carry. */
export function ActionFields({ action, memberId }: { action: string; memberId: string }) {
  const { t } = useTranslation('members');
  return (
    <>
      <ActionInputs action={action} memberId={memberId} />
      <TextField name="note" label={t('form.note')} area max={1000} optional />
    </>
  );
}
