import { useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, InputNumber, Select } from 'antd';
import type { Dayjs } from 'dayjs';
import dayjs from 'dayjs';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useOrgTree } from '../../api/orgTree';
import type { Organization, OrganizationKind, OrganizationNode } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { blankToNull, required, requiredSelect } from '../../components/forms';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { DISPLAY_DAY, toDay } from '../../lib/dates';
import { ORGANIZATION_KINDS } from '../../lib/enums';
import { subtreeIds } from '../../lib/tree';
import { orgKey, refreshOrganization } from './queries';

interface ModalProps {
  org: Organization;
  open: boolean;
  onClose: () => void;
}

interface DatedValues {
  effectiveOn: Dayjs;
  note?: string;
}

function EffectiveOn() {
  const { t } = useTranslation();
  return (
    <Form.Item name="effectiveOn" label={t('common.effectiveOn')} rules={[requiredSelect(t, t('common.effectiveOn'))]}>
      <DatePicker format={DISPLAY_DAY} style={{ width: 200 }} />
    </Form.Item>
  );
}

function Note() {
  const { t } = useTranslation();
  return (
    <Form.Item name="note" label={t('common.note')} rules={[{ max: 1000 }]}>
      <Input.TextArea rows={2} />
    </Form.Item>
  );
}

/** Shared by the four actions: a success message and a refresh of everything the change touches. */
function useDone(org: Organization, text: string) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  return () => {
    void message.success(text);
    void refreshOrganization(qc, org.id);
  };
}

export function RenameModal({ org, open, onClose }: ModalProps) {
  const { t } = useTranslation();
  const onDone = useDone(org, t('org.renamed'));
  return (
    <FormModal<DatedValues & { name: string }>
      open={open}
      onClose={onClose}
      title={t('org.actions.rename')}
      okText={t('org.actions.rename')}
      warning={t('org.confirm.rename', { name: org.name })}
      initialValues={{ name: org.name, effectiveOn: dayjs() }}
      reload={[orgKey(org.id)]}
      onDone={onDone}
      submit={(v) =>
        api.patch('/api/v1/organizations/:id', { params: { id: org.id }, body: { version: org.version, name: v.name.trim(), effectiveOn: toDay(v.effectiveOn) } })
      }
    >
      <Form.Item name="name" label={t('org.newName')} rules={[required(t, t('org.newName')), { min: 2, max: 300 }]}>
        <Input />
      </Form.Item>
      <EffectiveOn />
    </FormModal>
  );
}

export function MoveModal({ org, open, onClose }: ModalProps) {
  const { t } = useTranslation();
  const onDone = useDone(org, t('org.moved'));
  // Not under itself or its own subtree: the server refuses cycles too, but the picker should not offer them.
  const { data: nodes } = useOrgTree(false);
  const blocked = useMemo(() => subtreeIds(nodes ?? [], org.id), [nodes, org.id]);
  const disabled = useCallback((n: OrganizationNode) => blocked.has(n.id) || n.id === org.parentId, [blocked, org.parentId]);
  return (
    <FormModal<DatedValues & { parentId: string }>
      open={open}
      onClose={onClose}
      title={t('org.actions.move')}
      okText={t('org.actions.move')}
      warning={t('org.confirm.move', { name: org.name })}
      initialValues={{ effectiveOn: dayjs() }}
      reload={[orgKey(org.id)]}
      onDone={onDone}
      submit={(v) =>
        api.post('/api/v1/organizations/:id/move', { params: { id: org.id }, body: {
          version: org.version,
          parentId: v.parentId,
          effectiveOn: toDay(v.effectiveOn),
          note: blankToNull(v.note),
        } })
      }
    >
      <Form.Item name="parentId" label={t('org.newParent')} rules={[requiredSelect(t, t('org.newParent'))]}>
        <OrgTreeSelect disabled={disabled} />
      </Form.Item>
      <EffectiveOn />
      <Note />
    </FormModal>
  );
}

export function DissolveModal({ org, open, onClose }: ModalProps) {
  const { t } = useTranslation();
  const onDone = useDone(org, t('org.dissolvedDone'));
  return (
    <FormModal<DatedValues>
      open={open}
      onClose={onClose}
      danger
      title={t('org.actions.dissolve')}
      okText={t('org.actions.dissolve')}
      warning={t('org.confirm.dissolve', { name: org.name })}
      initialValues={{ effectiveOn: dayjs() }}
      reload={[orgKey(org.id)]}
      onDone={onDone}
      submit={(v) =>
        api.post('/api/v1/organizations/:id/dissolve', { params: { id: org.id }, body: {
          version: org.version,
          effectiveOn: toDay(v.effectiveOn),
          note: blankToNull(v.note),
        } })
      }
    >
      <EffectiveOn />
      <Note />
    </FormModal>
  );
}

export function MergeModal({ org, open, onClose }: ModalProps) {
  const { t } = useTranslation();
  const onDone = useDone(org, t('org.mergedDone'));
  const disabled = useCallback((n: OrganizationNode) => n.id === org.id, [org.id]);
  return (
    <FormModal<DatedValues & { intoId: string }>
      open={open}
      onClose={onClose}
      danger
      title={t('org.actions.merge')}
      okText={t('org.actions.merge')}
      warning={t('org.confirm.merge', { name: org.name })}
      initialValues={{ effectiveOn: dayjs() }}
      reload={[orgKey(org.id)]}
      onDone={onDone}
      submit={(v) =>
        api.post('/api/v1/organizations/:id/merge', { params: { id: org.id }, body: {
          version: org.version,
          intoId: v.intoId,
          effectiveOn: toDay(v.effectiveOn),
          note: blankToNull(v.note),
        } })
      }
    >
      <Form.Item name="intoId" label={t('org.mergeInto')} rules={[requiredSelect(t, t('org.mergeInto'))]}>
        <OrgTreeSelect disabled={disabled} />
      </Form.Item>
      <EffectiveOn />
      <Note />
    </FormModal>
  );
}

interface CreateValues {
  kind: OrganizationKind;
  name: string;
  shortName?: string;
  code?: string;
  sortOrder?: number;
  foundedOn?: Dayjs | null;
}

export function CreateOrganizationModal(props: {
  parent: Organization | null;
  open: boolean;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { parent, open, onClose, onCreated } = props;
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { message } = App.useApp();
  return (
    <FormModal<CreateValues>
      open={open}
      onClose={onClose}
      title={parent ? `${t('org.actions.addChild')}: ${parent.name}` : t('org.actions.addRoot')}
      initialValues={{ sortOrder: 0 }}
      submit={async (v) => {
        const created = await api.post('/api/v1/organizations', { body: {
          parentId: parent?.id ?? null,
          kind: v.kind,
          name: v.name.trim(),
          shortName: blankToNull(v.shortName),
          code: blankToNull(v.code),
          sortOrder: v.sortOrder ?? 0,
          foundedOn: toDay(v.foundedOn),
        } });
        void message.success(t('org.createdDone'));
        await refreshOrganization(qc, parent?.id);
        onCreated(created.id);
      }}
    >
      <Form.Item name="kind" label={t('org.fields.kind')} rules={[requiredSelect(t, t('org.fields.kind'))]}>
        <Select options={ORGANIZATION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item name="name" label={t('org.fields.name')} rules={[required(t, t('org.fields.name')), { min: 2, max: 300 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="shortName" label={t('org.fields.shortName')} rules={[{ max: 100 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="code" label={t('org.fields.code')} rules={[{ max: 50 }]}>
        <Input />
      </Form.Item>
      <Form.Item name="sortOrder" label={t('org.fields.sortOrder')}>
        <InputNumber min={0} max={100000} />
      </Form.Item>
      <Form.Item name="foundedOn" label={t('org.fields.foundedOn')}>
        <DatePicker format={DISPLAY_DAY} />
      </Form.Item>
    </FormModal>
  );
}
