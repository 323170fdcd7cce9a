import { Col, DatePicker, Form, Input, Row } from 'antd';
import type { Rule } from 'antd/es/form';
import dayjs, { type Dayjs } from 'dayjs';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { required, requiredSelect } from '../../components/forms';
import { DISPLAY_DAY } from '../../lib/dates';

/** The register's form fields: a day that happened, a text, a decision reference. */

type TM = TFunction<'members'>;

/** Dates of things that happened: never after today. */
export const notFuture = (t: TM): Rule => ({
  validator: (_, d: Dayjs | null | undefined) =>
    !d || !d.isAfter(dayjs(), 'day') ? Promise.resolve() : Promise.reject(new Error(t('form.futureDate'))),
});

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
