import { Button, DatePicker, Form, Input, InputNumber, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { api, isApiError } from '../../api/api';
import { FormModal } from '../../components/FormModal';
import { required } from '../../components/forms';
import { DISPLAY_DAY, toDay } from '../../lib/dates';
import { can } from '../../lib/permissions';
import { DocumentEditModal } from './DocumentEditModal';
import { useActionKit } from './useActionKit';
import { documentKey } from './queries';
import type { DocumentDetail } from './types';

type NoteAction = 'return' | 'recall' | 'correct';
interface IssueValues { issuedOn?: import('dayjs').Dayjs; copies: number; fileCopyHolder?: string; note?: string }

/** The buttons of a document's life: edit, submit, return, sign, issue, recall, correct. */
export function DocumentActions({ d }: { d: DocumentDetail }) {
  const { t, tc, me, message, modal, qc, onError } = useActionKit();
  const [noteAction, setNoteAction] = useState<NoteAction | null>(null);
  const [issuing, setIssuing] = useState(false);
  const [editing, setEditing] = useState(false);
  if (!can(me, 'documents.write')) return null;
  const params = { id: d.id };
  const refresh = (next: DocumentDetail) => {
    qc.setQueryData(documentKey(d.id), next);
    void qc.invalidateQueries({ queryKey: ['documents'] });
  };
  const move = (action: 'submit' | 'sign', acknowledgeComments = false) => {
    api.post('/api/v1/documents/:id/transitions', { params, body: { version: d.version, action, ...(acknowledgeComments ? { acknowledgeComments } : {}) } }).then(refresh, (e: unknown) => {
      // Unanswered comments in an open round: the server asks for a confirmation before submitting.
      if (isApiError(e) && e.code === 'document.comments_unanswered') {
        modal.confirm({ title: t('actions.commentsUnansweredTitle'), content: e.title, okText: t('actions.submitAnyway'), cancelText: tc('common.cancel'), onOk: () => move(action, true) });
        return;
      }
      onError(e, { reload: [documentKey(d.id)] });
    });
  };
  const warnings: Record<NoteAction, string> = { return: t('actions.returnWarning'), recall: t('actions.recallWarning'), correct: t('actions.correctWarning') };
  return (
    <Space wrap>
      {d.state === 'draft' && <Button onClick={() => setEditing(true)}>{t('actions.edit')}</Button>}
      {d.state === 'draft' && (
        <Popconfirm title={t('actions.submitConfirm')} okText={t('actions.submit')} cancelText={tc('common.cancel')} onConfirm={() => move('submit')}>
          <Button type="primary" data-testid="document-submit">{t('actions.submit')}</Button>
        </Popconfirm>
      )}
      {d.state === 'submitted' && (
        <Popconfirm title={t('actions.signConfirm')} okText={t('actions.sign')} cancelText={tc('common.cancel')} onConfirm={() => move('sign')}>
          <Button type="primary" data-testid="document-sign">{t('actions.sign')}</Button>
        </Popconfirm>
      )}
      {d.state === 'signed' && <Button type="primary" onClick={() => setIssuing(true)} data-testid="document-issue">{t('actions.issue')}</Button>}
      {(d.state === 'submitted' || d.state === 'signed') && <Button onClick={() => setNoteAction('return')}>{t('actions.return')}</Button>}
      {d.state === 'issued' && <Button onClick={() => setNoteAction('correct')}>{t('actions.correct')}</Button>}
      {d.state === 'issued' && <Button danger onClick={() => setNoteAction('recall')}>{t('actions.recall')}</Button>}
      <FormModal<{ note: string }>
        open={noteAction !== null}
        title={noteAction ? t(`actions.${noteAction}`) : ''}
        danger={noteAction === 'recall'}
        warning={noteAction ? warnings[noteAction] : undefined}
        okText={noteAction ? t(`actions.${noteAction}`) : undefined}
        onClose={() => setNoteAction(null)}
        reload={[documentKey(d.id)]}
        submit={async (v) => {
          if (noteAction) refresh(await api.post('/api/v1/documents/:id/transitions', { params, body: { version: d.version, action: noteAction, note: v.note } }));
        }}
      >
        <Form.Item name="note" label={t('actions.reason')} rules={[required(tc, t('actions.reason'))]}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
      </FormModal>
      <FormModal<IssueValues>
        open={issuing}
        title={t('actions.issue')}
        warning={t('actions.issueWarning')}
        okText={t('actions.issue')}
        initialValues={{ copies: Math.max(1, d.recipients.length) }}
        onClose={() => setIssuing(false)}
        reload={[documentKey(d.id)]}
        submit={async (v) => {
          const next = await api.post('/api/v1/documents/:id/issue', {
            params,
            body: {
              version: d.version, issuedOn: toDay(v.issuedOn) ?? undefined, copies: v.copies,
              fileCopyHolder: v.fileCopyHolder?.trim() || null, note: v.note?.trim() || null,
            },
          });
          refresh(next);
          void message.success(t('actions.issued', { symbol: next.symbol ?? '' }));
        }}
      >
        <Form.Item name="issuedOn" label={t('fields.issuedOn')}>
          <DatePicker format={DISPLAY_DAY} />
        </Form.Item>
        <Form.Item name="copies" label={t('fields.copies')}>
          <InputNumber min={0} />
        </Form.Item>
        <Form.Item name="fileCopyHolder" label={t('fields.fileCopyHolder')}>
          <Input />
        </Form.Item>
        <Form.Item name="note" label={t('fields.note')}>
          <Input />
        </Form.Item>
      </FormModal>
      <DocumentEditModal d={d} open={editing} onClose={() => setEditing(false)} onSaved={refresh} />
    </Space>
  );
}
