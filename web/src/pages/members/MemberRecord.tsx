import { EditOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, Descriptions, Form, Input, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/api';
import { auditKey } from '../../components/EntityHistory';
import { FormModal } from '../../components/FormModal';
import { blankToNull } from '../../components/forms';
import { formatDateTime, formatDay } from '../../lib/dates';
import { StatusTag } from './labels';
import { memberKey } from './queries';
import type { Member, MemberPatch } from './types';

const EDITABLE = ['partyCardNumber', 'citizenId', 'educationLevel', 'politicalTheoryLevel', 'occupation', 'position', 'contact'] as const;
type Editable = (typeof EDITABLE)[number];
type Values = Record<Editable, string>;

const valuesOf = (m: Member): Values => Object.fromEntries(EDITABLE.map((k) => [k, m[k] ?? ''])) as Values;

function MemberEditModal({ member, open, onClose }: { member: Member; open: boolean; onClose: () => void }) {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const field = (k: Editable, max = 200) => (
    <Form.Item name={k} label={t(`fields.${k}`)} rules={[{ max }]}>
      <Input autoComplete="off" />
    </Form.Item>
  );
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      width={640}
      title={t('record.editTitle', { name: member.fullName })}
      initialValues={valuesOf(member)}
      reload={[memberKey(member.id)]}
      conflictValues={(current) => valuesOf(current as Member)}
      submit={async (v) => {
        const body: MemberPatch = { version: member.version };
        for (const k of EDITABLE) body[k] = blankToNull(v[k]);
        const saved = await api.patch('/api/v1/members/:id', { params: { id: member.id }, body });
        qc.setQueryData(memberKey(member.id), saved);
        void message.success(tc('common.saved'));
        await Promise.all([qc.invalidateQueries({ queryKey: ['members'] }), qc.invalidateQueries({ queryKey: auditKey('member', member.id) })]);
      }}
    >
      <Row gutter={12}>
        <Col xs={24} sm={12}>{field('partyCardNumber', 30)}</Col>
        <Col xs={24} sm={12}>
          <Form.Item name="citizenId" label={t('fields.citizenId')} rules={[{ pattern: /^\d{9}(\d{3})?$/, message: t('record.citizenIdInvalid') }]}>
            <Input autoComplete="off" inputMode="numeric" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>{field('educationLevel')}</Col>
        <Col xs={24} sm={12}>{field('politicalTheoryLevel')}</Col>
        <Col xs={24} sm={12}>{field('occupation')}</Col>
        <Col xs={24} sm={12}>{field('position')}</Col>
        <Col span={24}>{field('contact', 500)}</Col>
      </Row>
    </FormModal>
  );
}

/** The member's record: identity, the admission milestones, and the fields the cell keeps up to date. */
export function MemberRecord({ member, editable }: { member: Member; editable: boolean }) {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  const [editing, setEditing] = useState(false);
  const item = (key: string, label: string, children: React.ReactNode) => ({ key, label, children });
  return (
    <Card
      title={t('record.title')}
      extra={
        editable && (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="member-edit">
            {t('record.edit')}
          </Button>
        )
      }
    >
      <Descriptions
        column={1}
        size="small"
        data-testid="member-record"
        items={[
          item('status', t('fields.status'), <StatusTag status={member.status} testId="member-status" />),
          item('gender', t('fields.gender'), member.gender ? tc(`gender.${member.gender}`) : ''),
          item('birth', t('fields.birthDate'), formatDay(member.birthDate)),
          item('cell', t('fields.cell'), <Link to={`/organizations/${member.cellId}`}>{member.cellName}</Link>),
          item('card', t('fields.partyCardNumber'), member.partyCardNumber),
          item('citizen', t('fields.citizenId'), member.citizenId),
          item('decision', t('fields.admissionDecisionNumber'), member.admissionDecisionNumber),
          item('admitted', t('fields.admissionDecisionDate'), formatDay(member.admissionDecisionDate)),
          item('ceremony', t('fields.ceremonyDate'), formatDay(member.ceremonyDate)),
          item('probation', t('fields.probationEndsOn'), formatDay(member.probationEndsOn)),
          item('official', t('fields.officialRecognitionDate'), formatDay(member.officialRecognitionDate)),
          item('age', t('fields.partyAge'), member.partyAgeYears === null ? '' : t('partyAgeYears', { count: member.partyAgeYears })),
          ...EDITABLE.slice(2).map((k) => item(k, t(`fields.${k}`), member[k])),
          item('updated', t('fields.updatedAt'), formatDateTime(member.updatedAt)),
        ]}
      />
      <div style={{ marginTop: 12 }}>
        <Link to={`/people/${member.personId}`}>{t('record.person')}</Link>
      </div>
      {editable && <MemberEditModal member={member} open={editing} onClose={() => setEditing(false)} />}
    </Card>
  );
}
