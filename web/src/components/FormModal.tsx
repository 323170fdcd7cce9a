import { type QueryKey, useMutation } from '@tanstack/react-query';
import { Alert, Form, Modal } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { mergeUntouched, useErrorHandler } from './errors';

export interface FormModalProps<V> {
  open: boolean;
  title: ReactNode;
  onClose: () => void;
  /** Sends the form; resolves when the server accepted it. */
  submit: (values: V) => Promise<unknown>;
  onDone?: () => void;
  okText?: string;
  danger?: boolean;
  /** Shown above the form: what the action does, so the dialog is also its confirmation. */
  warning?: ReactNode;
  initialValues?: Partial<V>;
  /** Queries to reload when the server says the record changed meanwhile (409). */
  reload?: QueryKey[];
  /** The form values of the record the server sent with a 409: untouched fields take them. */
  conflictValues?: (current: unknown) => Partial<V>;
  /** Problem codes that belong next to one field (e.g. a taken username). */
  fieldFor?: Record<string, string>;
  width?: number;
  /** True for an error the dialog already shows in its own way: no second message is raised for it. */
  shownInDialog?: (error: unknown) => boolean;
  children: ReactNode;
}

/** A dialog holding one form: client validation, server field errors next to fields, 409 handling. */
export function FormModal<V extends object>(props: FormModalProps<V>) {
  const { open, title, onClose, submit, onDone, okText, danger, warning, initialValues, reload, conflictValues, fieldFor, width, shownInDialog, children } = props;
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  const onError = useErrorHandler();
  const mutation = useMutation({
    mutationFn: submit,
    onSuccess: () => {
      onClose();
      onDone?.();
    },
    onError: (e) => {
      if (shownInDialog?.(e)) return;
      onError(e, { form, reload, fieldFor, onConflict: conflictValues && ((current) => mergeUntouched(form, conflictValues(current))) });
    },
  });
  return (
    <Modal
      open={open}
      title={title}
      width={width}
      okText={okText ?? t('common.save')}
      cancelText={t('common.cancel')}
      okButtonProps={{ danger }}
      confirmLoading={mutation.isPending}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      {warning && <Alert type={danger ? 'warning' : 'info'} showIcon title={warning} style={{ marginBottom: 16 }} />}
      <Form<V> form={form} layout="vertical" initialValues={initialValues} onFinish={(v) => mutation.mutate(v)} preserve={false}>
        {children}
      </Form>
    </Modal>
  );
}
