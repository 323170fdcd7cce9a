import { EditOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/api';
import { useOrgNames } from '../../api/orgTree';
import type { Organization } from '../../api/types';
import { mergeUntouched, useErrorHandler } from '../../components/errors';
import { blankToNull } from '../../components/forms';
import { OrgKindTag } from '../../components/OrgKind';
import { formatDateTime, formatDay } from '../../lib/dates';
import { orgKey, refreshOrganization } from './queries';

interface EditValues {
  shortName?: string;
  code?: string;
  sortOrder: number;
}

export function OrgInfoTab({ org, writable }: { org: Organization; writable: boolean }) {
  const { t } = useTranslation();
  const names = useOrgNames();
  const [editing, setEditing] = useState(false);
  // An organization outside what the user may see is named as such, not linked.
  const link = (id: string | null) => {
    if (!id) return t('common.none');
    const node = names.get(id);
    return node ? <Link to={`/organizations/${id}`}>{node.name}</Link> : <Typography.Text type="secondary">{t('org.outOfScope')}</Typography.Text>;
  };

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Descriptions
        bordered
        size="small"
        column={{ xs: 1, md: 2 }}
        items={[
          { key: 'name', label: t('org.fields.name'), children: org.name, span: 2 },
          { key: 'shortName', label: t('org.fields.shortName'), children: org.shortName ?? '' },
          { key: 'code', label: t('org.fields.code'), children: org.code ?? '' },
          { key: 'kind', label: t('org.fields.kind'), children: <OrgKindTag kind={org.kind} /> },
          { key: 'parent', label: t('org.fields.parent'), children: link(org.parentId) },
          { key: 'foundedOn', label: t('org.fields.foundedOn'), children: formatDay(org.foundedOn) },
          { key: 'sortOrder', label: t('org.fields.sortOrder'), children: org.sortOrder },
          ...(org.dissolvedOn
            ? [{ key: 'dissolvedOn', label: t('org.fields.dissolvedOn'), children: formatDay(org.dissolvedOn) }]
            : []),
          ...(org.mergedIntoId ? [{ key: 'mergedInto', label: t('org.fields.mergedInto'), children: link(org.mergedIntoId) }] : []),
          {
            key: 'updatedAt',
            label: t('org.fields.updatedAt'),
            children: `${formatDateTime(org.updatedAt)} · ${t('org.fields.version')} ${org.version}`,
            span: 2,
          },
        ]}
      />
      {writable && !editing && (
        <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
          {t('org.actions.edit')}
        </Button>
      )}
      {editing && <OrgEditForm org={org} onDone={() => setEditing(false)} />}
    </Space>
  );
}

const valuesOf = (o: Organization): EditValues => ({ shortName: o.shortName ?? '', code: o.code ?? '', sortOrder: o.sortOrder });

function OrgEditForm({ org, onDone }: { org: Organization; onDone: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<EditValues>();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const onError = useErrorHandler();
  const save = useMutation({
    mutationFn: (v: EditValues) =>
      api.patch('/api/v1/organizations/:id', { params: { id: org.id }, body: {
        version: org.version,
        shortName: blankToNull(v.shortName),
        code: blankToNull(v.code),
        sortOrder: v.sortOrder,
      } }),
    onSuccess: async (updated) => {
      qc.setQueryData(orgKey(org.id), updated);
      void message.success(t('common.saved'));
      onDone();
      await refreshOrganization(qc, org.id);
    },
    onError: (e) =>
      onError(e, { form, reload: [orgKey(org.id)], onConflict: (current) => mergeUntouched(form, valuesOf(current as Organization)) }),
  });

  return (
    <Form<EditValues>
      form={form}
      layout="vertical"
      style={{ maxWidth: 560 }}
      initialValues={valuesOf(org)}
      onFinish={(v) => save.mutate(v)}
    >
      <Form.Item name="shortName" label={t('org.fields.shortName')} rules={[{ max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="code" label={t('org.fields.code')} rules={[{ max: 50 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="sortOrder" label={t('org.fields.sortOrder')} rules={[{ required: true, type: 'integer', min: 0, max: 100000 }]}>
        <InputNumber min={0} max={100000} style={{ width: 160 }} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t('common.save')}
        </Button>
        <Button onClick={onDone}>{t('common.cancel')}</Button>
      </Space>
    </Form>
  );
}
