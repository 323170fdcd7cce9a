import { useQueryClient } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, InputNumber, Select, Switch } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import type { Holding, Organization, Post, Sphere } from '../../api/types';
import { FormModal } from '../../components/FormModal';
import { blankToNull, required, requiredSelect } from '../../components/forms';
import { DISPLAY_DAY, toDay } from '../../lib/dates';
import { SPHERES, isPartyKind } from '../../lib/enums';
import { HolderFields } from './HolderFields';
import { orgKey, refreshOrganization, usePosts } from './queries';

export type PostDialog =
  | { kind: 'create' }
  | { kind: 'edit'; post: Post }
  | { kind: 'hold'; post: Post }
  | { kind: 'end'; post: Post; holding: Holding }
  | null;

interface PostValues {
  name: string;
  title: string;
  sphere: Sphere;
  precedence: number;
  elected: boolean;
}

interface HoldValues {
  personId: string;
  startsOn: Dayjs;
  endsOn?: Dayjs | null;
  decisionRef?: string;
}

interface DialogProps {
  org: Organization;
  dialog: PostDialog;
  onClose: () => void;
  /** Says the text and reloads the organization. */
  done: (text: string) => () => void;
}

/** A new post, or one post's name, title and precedence (its sphere and election stay as created). */
function PostFormDialog({ org, dialog, onClose, done }: DialogProps) {
  const { t } = useTranslation();
  const postsKey = [...orgKey(org.id), 'posts'];
  // The list is reloaded after a conflict: edit its copy, which carries the current version.
  const { data: posts } = usePosts(org.id);
  const editing = dialog?.kind === 'edit' ? (posts?.find((p) => p.id === dialog.post.id) ?? dialog.post) : null;
  return (
    <FormModal<PostValues>
      open={dialog?.kind === 'create' || dialog?.kind === 'edit'}
      onClose={onClose}
      title={editing ? `${t('common.edit')}: ${editing.name}` : t('posts.add')}
      initialValues={
        editing ?? { sphere: isPartyKind(org.kind) ? 'party' : 'agency', precedence: 100, elected: isPartyKind(org.kind) }
      }
      reload={[postsKey]}
      conflictValues={(current) => {
        const p = current as Post;
        return { name: p.name, title: p.title, precedence: p.precedence };
      }}
      onDone={done(t('posts.saved'))}
      submit={(v) =>
        editing
          ? api.patch('/api/v1/posts/:id', { params: { id: editing.id }, body: { version: editing.version, name: v.name.trim(), title: v.title.trim(), precedence: v.precedence } })
          : api.post('/api/v1/organizations/:id/posts', { params: { id: org.id }, body: { ...v, name: v.name.trim(), title: v.title.trim() } })
      }
    >
      <Form.Item name="name" label={t('posts.name')} rules={[required(t, t('posts.name')), { min: 2, max: 120 }]}>
        <Input placeholder={t('posts.namePlaceholder')} />
      </Form.Item>
      <Form.Item name="title" label={t('posts.title')} rules={[required(t, t('posts.title')), { min: 2, max: 300 }]}>
        <Input placeholder={t('posts.titlePlaceholder')} />
      </Form.Item>
      <Form.Item name="sphere" label={t('posts.sphere')} rules={[requiredSelect(t, t('posts.sphere'))]}>
        <Select disabled={Boolean(editing)} options={SPHERES.map((s) => ({ value: s, label: t(`spheres.${s}`) }))} />
      </Form.Item>
      <Form.Item name="precedence" label={t('posts.precedence')} rules={[{ required: true, type: 'integer', min: 0 }]}>
        <InputNumber min={0} max={100000} />
      </Form.Item>
      <Form.Item name="elected" label={t('posts.elected')} valuePropName="checked">
        <Switch disabled={Boolean(editing)} />
      </Form.Item>
    </FormModal>
  );
}

/** Who takes up a post, from when, until when, by which decision. */
function HoldDialog({ dialog, onClose, done }: DialogProps) {
  const { t } = useTranslation();
  return (
    <FormModal<HoldValues>
      open={dialog?.kind === 'hold'}
      onClose={onClose}
      title={dialog?.kind === 'hold' ? `${t('posts.addHolder')}: ${dialog.post.name}` : ''}
      initialValues={{ startsOn: dayjs() }}
      onDone={done(t('posts.holderAdded'))}
      submit={(v) =>
        dialog?.kind === 'hold'
          ? api.post('/api/v1/posts/:id/holdings', { params: { id: dialog.post.id }, body: {
              personId: v.personId,
              startsOn: toDay(v.startsOn),
              endsOn: toDay(v.endsOn),
              decisionRef: blankToNull(v.decisionRef),
            } })
          : Promise.resolve()
      }
    >
      <HolderFields />
      <Form.Item
        name="endsOn"
        label={t('common.endsOn')}
        dependencies={['startsOn']}
        rules={[
          ({ getFieldValue }) => ({
            validator: (_, end: Dayjs | null | undefined) => {
              const start = getFieldValue('startsOn') as Dayjs | undefined;
              return !end || !start || !end.isBefore(start, 'day') ? Promise.resolve() : Promise.reject(new Error(t('common.endBeforeStart')));
            },
          }),
        ]}
      >
        <DatePicker format={DISPLAY_DAY} />
      </Form.Item>
      <Form.Item name="decisionRef" label={t('posts.decisionRef')} rules={[{ max: 200 }]}>
        <Input placeholder={t('posts.decisionPlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}

function EndHoldingDialog({ dialog, onClose, done }: DialogProps) {
  const { t } = useTranslation();
  return (
    <FormModal<{ endsOn: Dayjs }>
      open={dialog?.kind === 'end'}
      onClose={onClose}
      danger
      okText={t('common.confirm')}
      title={dialog?.kind === 'end' ? `${t('posts.endHolding')}: ${dialog.holding.fullName} — ${dialog.post.name}` : ''}
      initialValues={{ endsOn: dayjs() }}
      onDone={done(t('posts.holderEnded'))}
      submit={(v) =>
        dialog?.kind === 'end' ? api.post('/api/v1/post-holdings/:id/end', { params: { id: dialog.holding.id }, body: { endsOn: toDay(v.endsOn) } }) : Promise.resolve()
      }
    >
      <Form.Item name="endsOn" label={t('common.endConfirm')} rules={[requiredSelect(t, t('common.endConfirm'))]}>
        <DatePicker format={DISPLAY_DAY} />
      </Form.Item>
    </FormModal>
  );
}

export function PostDialogs({ org, dialog, onClose }: { org: Organization; dialog: PostDialog; onClose: () => void }) {
  const qc = useQueryClient();
  const { message } = App.useApp();
  const done = (text: string) => () => {
    void message.success(text);
    void refreshOrganization(qc, org.id);
  };
  const props = { org, dialog, onClose, done };
  return (
    <>
      <PostFormDialog {...props} />
      <HoldDialog {...props} />
      <EndHoldingDialog {...props} />
    </>
  );
}
