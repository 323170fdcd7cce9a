import { useQueryClient } from '@tanstack/react-query';
import { App, Col, Form, Input, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import type { User } from '../../api/types';
import { PASSWORD_RULE } from '../../components/ChangePasswordModal';
import { FormModal } from '../../components/FormModal';
import { blankToNull, required } from '../../components/forms';
import { PersonSelect } from '../../components/PersonSelect';
import { ClearanceSelect } from './ClearanceSelect';

interface Values {
  username: string;
  displayName: string;
  password: string;
  email?: string;
  clearance: number;
  personId?: string | null;
}

export function UserCreateModal({ open, onClose, onCreated }: { open: boolean; onClose: () => void; onCreated: (u: User) => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { message } = App.useApp();
  return (
    <FormModal<Values>
      open={open}
      onClose={onClose}
      width={620}
      title={t('users.add')}
      initialValues={{ clearance: 0 }}
      fieldFor={{ 'user.username_taken': 'username', 'auth.weak_password': 'password' }}
      submit={async (v) => {
        const user = await api.post('/api/v1/users', { body: {
          username: v.username.trim(),
          displayName: v.displayName.trim(),
          password: v.password,
          email: blankToNull(v.email) ?? undefined,
          personId: v.personId ?? undefined,
          clearance: v.clearance,
        } });
        void message.success(t('users.created'));
        await qc.invalidateQueries({ queryKey: ['users'] });
        onCreated(user);
      }}
    >
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="username" label={t('users.username')} rules={[required(t, t('users.username')), { min: 3, max: 60 }, { pattern: /^[a-zA-Z0-9._-]+$/, message: t('users.usernameRule') }]}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="displayName" label={t('users.displayName')} rules={[required(t, t('users.displayName')), { min: 2, max: 120 }]}>
            <Input autoComplete="off" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="password"
        label={t('users.initialPassword')}
        extra={t('auth.passwordRule')}
        rules={[required(t, t('users.initialPassword')), { pattern: PASSWORD_RULE, message: t('auth.passwordRule') }]}
      >
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="email" label={t('users.email')} rules={[{ type: 'email', message: t('people.invalidEmail') }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="clearance" label={t('users.clearance')} rules={[{ required: true }]}>
        <ClearanceSelect />
      </Form.Item>
      <Form.Item name="personId" label={t('users.person')}>
        <PersonSelect allowClear />
      </Form.Item>
    </FormModal>
  );
}
