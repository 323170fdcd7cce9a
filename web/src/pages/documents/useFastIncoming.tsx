import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiBody, api, isApiError } from '../../api/api';
import { useErrorHandler } from '../../components/errors';
import { typedDay, parseTypedDay } from './DayInput';
import { DuplicateWarning, isExisting } from './DuplicateWarning';
import { defaults, focusField, LAST_KEY, type Last, ORDER, readLast, type Values } from './fastIncoming';
import { useDocsT } from './i18n';
import type { IncomingEntry } from './types';
import { useSenders } from './useSenders';

/**
 * The fast form's state and saving: the issuing bodies known so far, the save that remembers the entry for
 * the next one, and a possible duplicate that asks before saving again with confirmation.
 */
export function useFastIncoming(organizationId: string | undefined, onSaved?: (entry: IncomingEntry) => void) {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [senderText, setSenderText] = useState(readLast()?.sender ?? '');
  const senders = useSenders(senderText, organizationId);
  const sender = Form.useWatch('sender', form);
  const qc = useQueryClient();
  const onError = useErrorHandler();
  const newSender = Boolean(sender?.trim()) && !senders.some((s) => s.name.toLowerCase() === sender?.trim().toLowerCase());

  const mutation = useMutation({
    mutationFn: (body: ApiBody<'POST /api/v1/incoming'>) => api.post('/api/v1/incoming', { body }),
    onSuccess: (entry) => {
      const last: Last = { sender: entry.sender, typeName: entry.typeName ?? undefined, documentDate: entry.documentDate, receivedOn: entry.receivedOn };
      localStorage.setItem(LAST_KEY, JSON.stringify(last));
      const warning = entry.warnings[0];
      if (warning) void message.warning(t('entry.symbolWarning', { arrival: entry.arrivalNumber, message: warning.message }), 8);
      else void message.success(t('incoming.saved', { arrival: entry.arrivalNumber }));
      void qc.invalidateQueries({ queryKey: ['incoming'] });
      form.resetFields();
      form.setFieldsValue({ ...defaults(), receivedOn: typedDay(entry.receivedOn) });
      setSenderText(entry.sender);
      onSaved?.(entry);
      setTimeout(() => focusField(ORDER[0]), 0);
    },
  });

  const send = (v: Values, confirmDuplicate = false) => {
    const body = {
      // The form's rules have checked the required fields and the days: what the types allow as empty is never sent.
      organizationId: organizationId ?? '', receivedOn: parseTypedDay(v.receivedOn) ?? '', sender: v.sender, symbol: v.symbol?.trim() || null, documentDate: parseTypedDay(v.documentDate) ?? '',
      typeName: v.typeName?.trim() || null, summary: v.summary, urgency: v.urgency, secrecy: v.secrecy, fileId: v.fileId ?? null, confirmDuplicate,
    };
    mutation.mutate(body, {
      onError: (e) => {
        if (isApiError(e) && e.code === 'incoming.possible_duplicate') {
          const existing = e.extra.existing;
          modal.confirm({
            title: t('incoming.duplicateTitle'), width: 560, okText: t('incoming.duplicateOk'), cancelText: tc('common.cancel'),
            content: <DuplicateWarning text={e.title} existing={isExisting(existing) ? existing : null} />,
            onOk: () => send(v, true), onCancel: () => focusField('symbol'),
          });
          return;
        }
        onError(e, { form, fieldFor: { 'incoming.received_before_document': 'documentDate', 'document.clearance_exceeded': 'secrecy', 'resource.reference_invalid': 'fileId' } });
      },
    });
  };

  return { form, senders, setSenderText, newSender, send, saving: mutation.isPending };
}
