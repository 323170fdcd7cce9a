import { Checkbox, Col, Form, InputNumber, Radio, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { requiredSelect } from '../../components/forms';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { DateField, DecisionFields, TextField } from './fields';
import { DECIDING_BODIES, DISCIPLINE_FORMS } from './types';

/** The field sets of the register's workflows, one per kind of action (named as in the API). */

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

export function CertificateFields() {
  const { t: f } = useTranslation('members');
  return (
    <Row gutter={12}>
      {half(<TextField name="number" label={f('form.certificateNumber')} max={60} optional />)}
      {half(<DateField name="issuedOn" label={f('form.issuedOn')} />)}
      <Col span={24}><TextField name="issuer" label={f('form.issuer')} optional /></Col>
    </Row>
  );
}

export function CellResolutionFields() {
  const { t: f } = useTranslation('members');
  const { t: tc } = useTranslation();
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
}

/** Admission, official recognition, probation removal, removal: a decision, with a reason for the last two. */
export function DecisionActionFields({ withReason }: { withReason: boolean }) {
  const { t: f } = useTranslation('members');
  return (
    <>
      <Row gutter={12}>{half(<DateField name="decidedOn" label={f('form.decidedOn')} />)}</Row>
      <DecisionFields />
      {withReason && <TextField name="reason" label={f('form.reason')} area max={1000} optional />}
    </>
  );
}

/** One day, in a row of its own (ceremony, leave, death, the end of an exemption). */
export function DayField({ name, label, past = true }: { name: string; label: string; past?: boolean }) {
  return <Row gutter={12}>{half(<DateField name={name} label={label} past={past} />)}</Row>;
}

export function TransferOutFields() {
  const { t: f } = useTranslation('members');
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
}

export function TransferReceiptFields() {
  const { t: f } = useTranslation('members');
  return (
    <Row gutter={12}>
      {half(<DateField name="receivedOn" label={f('form.receivedOn')} />)}
      {half(<TextField name="reference" label={f('form.reference')} optional />)}
    </Row>
  );
}

export function TransferInFields() {
  const { t: f } = useTranslation('members');
  const { t: tc } = useTranslation();
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
}

export function ExemptionFields() {
  const { t: f } = useTranslation('members');
  return (
    <>
      <DayField name="from" label={f('form.from')} past={false} />
      <TextField name="grounds" label={f('form.grounds')} area max={1000} optional />
    </>
  );
}

export function DisciplineFields() {
  const { t: f } = useTranslation('members');
  const { t: tc } = useTranslation();
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
}

/** A retirement that moves the member's activity to the place of residence starts the transfer deadline. */
export function RetirementFields() {
  const { t: f } = useTranslation('members');
  return (
    <>
      <DayField name="on" label={f('form.on')} />
      <Form.Item name="needsTransfer" valuePropName="checked" initialValue={false}>
        <Checkbox>{f('form.needsTransfer')}</Checkbox>
      </Form.Item>
    </>
  );
}
