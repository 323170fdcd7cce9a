import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { FormModal } from '../../components/FormModal';
import { requiredSelect } from '../../components/forms';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PersonSelect } from '../../components/PersonSelect';
import { DISPLAY_DAY, toDay } from '../../lib/dates';
import { notFuture } from './fields';
import { memberKey } from './queries';
import type { Member, MemberCreate, MemberStatus } from './types';

interface Values {
  origin: 'application' | 'record';
  personId: string;
  cellId: string;
  applicationDate?: Dayjs | null;
  partyCardNumber?: string;
  status?: MemberStatus;
  admissionDecisionDate?: Dayjs | null;
  ceremonyDate?: Dayjs | null;
  officialRecognitionDate?: Dayjs | null;
}

const RECORD_STATUSES: MemberStatus[] = ['probationary', 'official', 'exempt', 'temporarily_elsewhere'];

function body(v: Values): MemberCreate {
  const out: MemberCreate = { personId: v.personId, cellId: v.cellId, origin: v.origin };
  const card = v.partyCardNumber?.trim();
  if (card) out.partyCardNumber = card;
  if (v.origin === 'application') {
    const d = toDay(v.applicationDate);
    if (d) out.applicationDate = d;
    return out;
  }
  out.status = v.status;
  for (const k of ['admissionDecisionDate', 'ceremonyDate', 'officialRecognitionDate'] as const) {
    const d = toDay(v[k]);
    if (d) out[k] = d;
  }
  return out;
}

/** "Thêm": an applicant's application, or the record of a member admitted before the register existed. */
export function MemberCreateModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (m: Member) => void }) {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const date = (name: keyof Values, label: string, required = false) => (
    <Form.Item name={name} label={label} rules={[...(required ? [requiredSelect(tc, label)] : []), notFuture(t)]}>
      <DatePicker format={DISPLAY_DAY} style={{ width: '100%' }} />
    </Form.Item>
  );
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      width={640}
      title={t('create.title')}
      initialValues={{ origin: 'application', status: 'official' }}
      submit={async (v) => {
        const created = await api.post('/api/v1/members', { body: body(v) });
        qc.setQueryData(memberKey(created.id), created);
        void message.success(t('create.created'));
        await qc.invalidateQueries({ queryKey: ['members'] });
        onCreated(created);
      }}
    >
      <Form.Item name="origin" label={t('fields.origin')}>
        <Radio.Group
          optionType="button"
          options={[
            { value: 'application', label: t('create.application') },
            { value: 'record', label: t('create.record') },
          ]}
        />
      </Form.Item>
      <Form.Item name="personId" label={t('fields.person')} rules={[requiredSelect(tc, t('fields.person'))]}>
        <PersonSelect />
      </Form.Item>
      <Form.Item name="cellId" label={t('fields.cell')} rules={[requiredSelect(tc, t('fields.cell'))]}>
        <OrgTreeSelect />
      </Form.Item>
      <Form.Item noStyle dependencies={['origin']}>
        {({ getFieldValue }) =>
          getFieldValue('origin') === 'record' ? (
            <>
              <Alert type="info" showIcon title={t('create.recordHint')} style={{ marginBottom: 16 }} />
              <Row gutter={12}>
                <Col xs={24} sm={12}>
                  <Form.Item name="status" label={t('fields.status')} rules={[requiredSelect(tc, t('fields.status'))]}>
                    <Select options={RECORD_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={12}>
                  <Form.Item name="partyCardNumber" label={t('fields.partyCardNumber')} rules={[{ max: 30 }]}>
                    <Input autoComplete="off" />
                  </Form.Item>
                </Col>
                <Col xs={24} sm={8}>{date('admissionDecisionDate', t('fields.admissionDecisionDate'), true)}</Col>
                <Col xs={24} sm={8}>{date('ceremonyDate', t('fields.ceremonyDate'))}</Col>
                <Col xs={24} sm={8}>{date('officialRecognitionDate', t('fields.officialRecognitionDate'))}</Col>
              </Row>
            </>
          ) : (
            <Row gutter={12}>
              <Col xs={24} sm={12}>{date('applicationDate', t('fields.applicationDate'))}</Col>
            </Row>
          )
        }
      </Form.Item>
    </FormModal>
  );
}
