import { useQuery } from '@tanstack/react-query';
import { Checkbox, Col, DatePicker, Form, Input, InputNumber, Radio, Row, Select, Typography } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import type { Page } from '../../api/types';
import { required, requiredSelect } from '../../components/forms';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { DISPLAY_DAY } from '../../lib/dates';
import { useDebounced } from '../../lib/useDebounced';
import { DECIDING_BODIES, DISCIPLINE_FORMS, type Member } from './types';

type TM = TFunction<'members'>;

/** Dates of things that happened: never after today. */
export const notFuture = (t: TM): Rule => ({
  validator: (_, d: Dayjs | null | undefined) =>
    !d || !d.isAfter(dayjs(), 'day') ? Promise.resolve() : Promise.reject(new Error(t('form.futureDate'))),
});

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

type Name = string | (string | number)[];

export function DateField({ name, label, past = true }: { name: Name; label: string; past?: boolean }) {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  return (
    <Form.Item name={name} label={label} rules={[requiredSelect(tc, label), ...(past ? [notFuture(t)] : [])]}>
      <DatePicker format={DISPLAY_DAY} style={{ width: '100%' }} />
    </Form.Item>
  );
}

export function TextField({ name, label, optional, max = 200, area }: { name: Name; label: string; optional?: boolean; max?: number; area?: boolean }) {
  const { t: tc } = useTranslation();
  return (
    <Form.Item name={name} label={label} rules={[...(optional ? [] : [required(tc, label)]), { max }]}>
      {area ? <Input.TextArea rows={2} /> : <Input autoComplete="off" />}
    </Form.Item>
  );
}

/** A decision reference: number, symbol, issuing body (e.g. 125 - QĐ/ĐU - Đảng ủy ...). */
export function DecisionFields() {
  const { t } = useTranslation('members');
  return (
    <Row gutter={12}>
      <Col xs={24} sm={6}>
        <TextField name={['decision', 'number']} label={t('form.decisionNumber')} max={20} />
      </Col>
      <Col xs={24} sm={6}>
        <TextField name={['decision', 'symbol']} label={t('form.decisionSymbol')} max={40} />
      </Col>
      <Col xs={24} sm={12}>
        <TextField name={['decision', 'issuer']} label={t('form.decisionIssuer')} optional />
      </Col>
    </Row>
  );
}

/** Finds an official member by name (server search, diacritics-insensitive). */
export function MemberSelect({ value, onChange, id, exclude }: { value?: string; onChange?: (v: string) => void; id?: string; exclude?: string }) {
  const { t } = useTranslation('members');
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const { data, isFetching } = useQuery({
    queryKey: ['members', 'pick', q],
    queryFn: () => api.get<Page<Member>>('/api/v1/members', { q, status: 'official', limit: 20, sort: 'name' }),
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

function TransferKind() {
  const { t } = useTranslation('members');
  return (
    <Form.Item name="kind" label={t('form.transferKind')}>
      <Radio.Group
        optionType="button"
        options={(['official', 'temporary'] as const).map((k) => ({ value: k, label: t(`form.transferKinds.${k}`) }))}
      />
    </Form.Item>
  );
}

const half = (node: React.ReactNode) => <Col xs={24} sm={12}>{node}</Col>;

function ActionInputs({ action, memberId }: { action: string; memberId: string }) {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  const f = t;
  switch (action) {
    case 'introducers':
      return <IntroducerFields memberId={memberId} />;
    case 'course-certificate':
      return (
        <Row gutter={12}>
          {half(<TextField name="number" label={f('form.certificateNumber')} max={60} optional />)}
          {half(<DateField name="issuedOn" label={f('form.issuedOn')} />)}
          <Col span={24}><TextField name="issuer" label={f('form.issuer')} optional /></Col>
        </Row>
      );
    case 'cell-resolution':
      return (
        <Row gutter={12}>
          <Col xs={24} sm={8}><DateField name="resolvedOn" label={f('form.resolvedOn')} /></Col>
          <Col xs={12} sm={8}>
            <Form.Item name="votesFor" label={f('form.votesFor')} rules={[requiredSelect(tc, f('form.votesFor'))]}>
              <InputNumber min={0} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
          <Col xs={12} sm={8}>
            <Form.Item
              name="officialMembers"
              label={f('form.officialMembers')}
              dependencies={['votesFor']}
              rules={[
                requiredSelect(tc, f('form.officialMembers')),
                ({ getFieldValue }) => ({
                  validator: (_, v: number | null) =>
                    v !== null && v !== undefined && Number(getFieldValue('votesFor')) > v ? Promise.reject(new Error(f('form.votesTooMany'))) : Promise.resolve(),
                }),
              ]}
            >
              <InputNumber min={1} precision={0} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        </Row>
      );
    case 'admission-decision':
    case 'official-recognition':
    case 'probation-removal':
    case 'removal':
      return (
        <>
          <Row gutter={12}>{half(<DateField name="decidedOn" label={f('form.decidedOn')} />)}</Row>
          <DecisionFields />
          {(action === 'probation-removal' || action === 'removal') && <TextField name="reason" label={f('form.reason')} area max={1000} optional />}
        </>
      );
    case 'ceremony':
      return <Row gutter={12}>{half(<DateField name="heldOn" label={f('form.heldOn')} />)}</Row>;
    case 'transfer-out':
      return (
        <>
          <TransferKind />
          <Row gutter={12}>
            {half(<DateField name="leftOn" label={f('form.leftOn')} past={false} />)}
            {half(<TextField name="letterNumber" label={f('form.letterNumber')} max={60} optional />)}
          </Row>
          <TextField name="toOrganization" label={f('form.toOrganization')} max={300} />
          <Form.Item name="toOrganizationId" label={f('form.toOrganizationId')}>
            <OrgTreeSelect allowClear />
          </Form.Item>
        </>
      );
    case 'transfer-receipt':
      return (
        <Row gutter={12}>
          {half(<DateField name="receivedOn" label={f('form.receivedOn')} />)}
          {half(<TextField name="reference" label={f('form.reference')} optional />)}
        </Row>
      );
    case 'transfer-in':
      return (
        <>
          <TransferKind />
          <Row gutter={12}>
            {half(<DateField name="arrivedOn" label={f('form.arrivedOn')} />)}
            {half(<TextField name="letterNumber" label={f('form.letterNumber')} max={60} optional />)}
          </Row>
          <TextField name="fromOrganization" label={f('form.fromOrganization')} max={300} optional />
          <Form.Item name="cellId" label={f('form.cellIn')} rules={[requiredSelect(tc, f('form.cellIn'))]}>
            <OrgTreeSelect />
          </Form.Item>
        </>
      );
    case 'exemption':
      return (
        <>
          <Row gutter={12}>{half(<DateField name="from" label={f('form.from')} past={false} />)}</Row>
          <TextField name="grounds" label={f('form.grounds')} area max={1000} optional />
        </>
      );
    case 'discipline':
      return (
        <>
          <Row gutter={12}>
            {half(<DateField name="decidedOn" label={f('form.decidedOn')} />)}
            {half(
              <Form.Item name="form" label={f('form.disciplineForm')} rules={[requiredSelect(tc, f('form.disciplineForm'))]}>
                <Select options={DISCIPLINE_FORMS.map((k) => ({ value: k, label: f(`form.disciplineForms.${k}`) }))} />
              </Form.Item>,
            )}
          </Row>
          <Form.Item name="decidingBody" label={f('form.decidingBody')} rules={[requiredSelect(tc, f('form.decidingBody'))]}>
            <Select options={DECIDING_BODIES.map((k) => ({ value: k, label: f(`form.decidingBodies.${k}`) }))} />
          </Form.Item>
          <DecisionFields />
          <TextField name="reason" label={f('form.reason')} area max={1000} optional />
        </>
      );
    case 'retirement':
      // A retirement that moves the member's activity to the place of residence starts the transfer deadline.
      return (
        <>
          <Row gutter={12}>{half(<DateField name="on" label={f('form.on')} past />)}</Row>
          <Form.Item name="needsTransfer" valuePropName="checked" initialValue={false}>
            <Checkbox>{f('form.needsTransfer')}</Checkbox>
          </Form.Item>
        </>
      );
    default:
      // exemption-end, leave, death: one date.
      return <Row gutter={12}>{half(<DateField name="on" label={f('form.on')} past={action !== 'exemption-end'} />)}</Row>;
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
