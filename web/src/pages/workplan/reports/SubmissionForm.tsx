import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Popconfirm, Space } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../../api/api';
import { useErrorHandler } from '../../../components/errors';
import { useWorkT } from '../i18n';
import type { FigureValue, Submission, Template } from '../types';
import { FigureInputs, SectionInputs } from './FigureInputs';

interface Values {
  figures?: Record<string, FigureValue | undefined>;
  narrative?: Record<string, string | undefined>;
}

const clean = <V,>(r: Record<string, V | undefined> | undefined, empty: V): Record<string, V> =>
  Object.fromEntries(Object.entries(r ?? {}).map(([k, v]) => [k, v ?? empty]));

/** The reporter's form: figures typed per the template, narrative sections; save a draft or send it; the returned reason on top. */
export function SubmissionForm(props: { periodId: string; organizationId: string; recipient: string; template: Template; submission: Submission | null; guessed: boolean; readOnly?: boolean }) {
  const { periodId, organizationId, recipient, template, submission, guessed, readOnly } = props;
  const { t } = useWorkT();
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const onError = useErrorHandler();
  const [form] = Form.useForm<Values>();
  useEffect(() => {
    form.setFieldsValue({ figures: submission?.figures ?? {}, narrative: submission?.narrative ?? {} });
  }, [form, submission]);
  const editable = !readOnly && (!submission || submission.status === 'draft' || submission.status === 'returned');
  const save = useMutation({
    mutationFn: async (kind: 'save' | 'submit') => {
      const v = await form.validateFields();
      const body = { version: submission?.version, figures: clean<FigureValue>(v.figures, null), narrative: clean<string>(v.narrative, '') };
      const params = { id: periodId, organizationId };
      return kind === 'save'
        ? api.put('/api/v1/reports/periods/:id/submissions/:organizationId', { params, body })
        : api.post('/api/v1/reports/periods/:id/submissions/:organizationId/submit', { params, body });
    },
    onSuccess: (_s, kind) => {
      void message.success(kind === 'save' ? t('submission.saved') : t('submission.submitted'));
      void qc.invalidateQueries({ queryKey: ['work-period', periodId] });
      void qc.invalidateQueries({ queryKey: ['work-submission'] });
    },
    onError: (e) => onError(e, { form }),
  });
  return (
    <Form form={form} layout="vertical">
      {submission?.status === 'returned' && <Alert type="error" showIcon title={t('submission.returned', { reason: submission.returnReason ?? '' })} style={{ marginBottom: 16 }} data-testid="submission-returned" />}
      {!editable && !readOnly && <Alert type="info" showIcon title={t('submission.readOnly')} style={{ marginBottom: 16 }} />}
      {guessed && <Alert type="warning" showIcon title={t('submission.noTemplate')} style={{ marginBottom: 16 }} />}
      <Card title={t('submission.figures')} style={{ marginBottom: 16 }}><FigureInputs template={template} disabled={!editable} /></Card>
      <Card title={t('submission.narrative')} style={{ marginBottom: 16 }}><SectionInputs template={template} disabled={!editable} /></Card>
      {editable && (
        <Space>
          <Button onClick={() => save.mutate('save')} loading={save.isPending && save.variables === 'save'} data-testid="submission-save">{t('submission.saveDraft')}</Button>
          <Popconfirm title={t('submission.submitConfirm', { recipient })} onConfirm={() => save.mutate('submit')} okText={t('submission.submit')} cancelText={tc('common.cancel')}>
            <Button type="primary" loading={save.isPending && save.variables === 'submit'} data-testid="submission-submit">{t('submission.submit')}</Button>
          </Popconfirm>
        </Space>
      )}
    </Form>
  );
}
