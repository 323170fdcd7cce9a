import { useQueryClient } from '@tanstack/react-query';
import { App, Col, DatePicker, Form, Input, Radio, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import type { Gender, Person } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { blankToNull, required, requiredSelect } from '../../components/forms';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import type { Messages } from '../../i18n/vi';
import { DISPLAY_DAY, fromDay, toDay } from '../../lib/dates';

interface Values {
  familyName: string;
  middleName?: string;
  givenName: string;
  gender?: Gender | null;
  birthDate?: Dayjs | null;
  organizationId: string;
  email?: string;
  phone?: string;
}

export const personKey = (id: string) => ['person', id] as const;

const valuesOf = (p: Person): Values => ({
  familyName: p.familyName,
  middleName: p.middleName,
  givenName: p.givenName,
  gender: p.gender,
  birthDate: fromDay(p.birthDate),
  organizationId: p.organizationId,
  email: p.email ?? '',
  phone: p.phone ?? '',
});

function body(v: Values) {
  return {
    familyName: v.familyName.trim(),
    middleName: v.middleName?.trim() ?? '',
    givenName: v.givenName.trim(),
    gender: v.gender ?? null,
    birthDate: toDay(v.birthDate),
    organizationId: v.organizationId,
    email: blankToNull(v.email),
    phone: blankToNull(v.phone),
  };
}

/** Create a person (no `person`) or edit one (sends its version; a 409 reloads it). */
export function PersonFormModal(props: { open: boolean; onClose: () => void; person?: Person; onSaved?: (p: Person) => void }) {
  const { open, onClose, person, onSaved } = props;
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const f = (k: keyof Messages['people']['fields']) => t(`people.fields.${k}`);

  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      width={640}
      title={person ? `${t('person.edit')}: ${person.fullName}` : t('people.add')}
      reload={person ? [personKey(person.id)] : undefined}
      conflictValues={(current) => valuesOf(current as Person)}
      initialValues={person ? valuesOf(person) : { gender: null }}
      submit={async (v) => {
        const saved = person
          ? await api.patch('/api/v1/people/:id', { params: { id: person.id }, body: { version: person.version, ...body(v) } })
          : await api.post('/api/v1/people', { body: body(v) });
        qc.setQueryData(personKey(saved.id), saved);
        void message.success(person ? t('common.saved') : t('people.created'));
        await Promise.all([
          qc.invalidateQueries({ queryKey: ['people'] }),
          qc.invalidateQueries({ queryKey: ['audit'] }),
        ]);
        onSaved?.(saved);
      }}
    >
      <Row gutter={12}>
        <Col xs={24} sm={8}>
          <Form.Item name="familyName" label={f('familyName')} rules={[required(t, f('familyName')), { max: 60 }]}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="middleName" label={f('middleName')} rules={[{ max: 60 }]}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={8}>
          <Form.Item name="givenName" label={f('givenName')} rules={[required(t, f('givenName')), { max: 60 }]}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="gender" label={f('gender')}>
            <Radio.Group
              options={[
                { value: 'male', label: t('gender.male') },
                { value: 'female', label: t('gender.female') },
              ]}
            />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item
            name="birthDate"
            label={f('birthDate')}
            rules={[
              {
                validator: (_, d: Dayjs | null | undefined) =>
                  !d || !d.isAfter(dayjs(), 'day') ? Promise.resolve() : Promise.reject(new Error(t('people.birthInFuture'))),
              },
            ]}
          >
            <DatePicker format={DISPLAY_DAY} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="organizationId" label={f('organization')} rules={[requiredSelect(t, f('organization'))]}>
        <OrgTreeSelect />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="email" label={f('email')} rules={[{ type: 'email', message: t('people.invalidEmail') }, { max: 200 }]}>
            <Input type="email" autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="phone" label={f('phone')} rules={[{ pattern: /^[0-9 +().-]*$/, message: t('people.invalidPhone') }, { max: 30 }]}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
    </FormModal>
  );
}
