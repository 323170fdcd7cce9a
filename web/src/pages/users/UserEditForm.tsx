import { useMutation } from '@tanstack/react-query';
import { App, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import type { User } from '../../api/types';
import { mergeUntouched, useErrorHandler } from '../../components/errors';
import { blankToNull, required } from '../../components/forms';
import { PersonSelect } from '../../components/PersonSelect';
import { ClearanceSelect } from './ClearanceSelect';

interface Values {
  displayName: string;
  email?: string;
  clearance: number;
  personId: string | null;
}

const valuesOf = (u: User): Values => ({ displayName: u.displayName, email: u.email ?? '', clearance: u.clearance, personId: u.personId });

export function UserEditForm({ user, onChange }: { user: User; onChange: (u: User) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const onError = useErrorHandler();
  const [form] = Form.useForm<Values>();
  const save = useMutation({
    mutationFn: (v: Values) =>
      api.patch('/api/v1/users/:id', { params: { id: user.id }, body: {
        version: user.version,
        displayName: v.displayName.trim(),
        email: blankToNull(v.email),
        clearance: v.clearance,
        personId: v.personId ?? null,
      } }),
    onSuccess: (u) => {
      void message.success(t('common.saved'));
      onChange(u);
    },
    // The list holds the record: reloading it brings the current version.
    onError: (e) =>
      onError(e, {
        form,
        reload: [['users']],
        onConflict: (current) => {
          const u = current as User;
          onChange(u);
          mergeUntouched(form, valuesOf(u));
        },
      }),
  });

  return (
    <Form<Values>
      form={form}
      layout="vertical"
      initialValues={valuesOf(user)}
      onFinish={(v) => save.mutate(v)}
    >
      <Form.Item name="displayName" label={t('users.displayName')} rules={[required(t, t('users.displayName')), { min: 2, max: 120 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="email" label={t('users.email')} rules={[{ type: 'email', message: t('people.invalidEmail') }]}>
        <Input />
      </Form.Item>
      <Form.Item name="clearance" label={t('users.clearance')}>
        <ClearanceSelect />
      </Form.Item>
      <Form.Item name="personId" label={t('users.person')}>
        <PersonSelect allowClear initialLabel={user.personId ? user.displayName : null} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        {t('common.save')}
      </Button>
    </Form>
  );
}
