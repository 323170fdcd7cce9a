import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, AutoComplete, Button, Card, Col, Form, Input, Row, Space, Typography } from 'antd';
import dayjs from 'dayjs';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../api/api';
import { useErrorHandler } from '../../components/errors';
import { required } from '../../components/forms';
import { DayInput, dayRule, parseTypedDay, typedDay } from './DayInput';
import { DuplicateWarning, isExisting } from './DuplicateWarning';
import { FileField } from './files';
import { useDocsT } from './i18n';
import { useDocumentTypes } from './queries';
import { MarkingFields } from './labels';
import { SenderField } from './SenderField';
import type { IncomingEntry, IncomingSaved, SecrecyLevel, Urgency } from './types';
import { useSenders } from './useSenders';

/** The days as typed (DD/MM/YYYY): read on saving, never replaced. */
interface Values {
  receivedOn: string;
  sender: string;
  symbol?: string;
  documentDate: string;
  typeName?: string;
  summary: string;
  urgency: Urgency;
  secrecy: SecrecyLevel;
  fileId?: string | null;
}

/** The order Enter walks through; Ctrl+Enter saves from anywhere. */
const ORDER = ['receivedOn', 'sender', 'symbol', 'documentDate', 'typeName', 'summary', 'urgency', 'secrecy'] as const;
const FORM = 'incoming';
const LAST_KEY = 'congtac.incoming.last';

interface Last { sender: string; typeName?: string; documentDate: string; receivedOn: string }

function readLast(): Last | null {
  try {
    const raw = localStorage.getItem(LAST_KEY);
    return raw ? (JSON.parse(raw) as Last) : null;
  } catch {
    return null;
  }
}

function defaults(): Partial<Values> {
  const last = readLast();
  const today = dayjs().format('YYYY-MM-DD');
  return {
    receivedOn: typedDay(today), urgency: 'thuong', secrecy: 'none',
    sender: last?.sender, typeName: last?.typeName, documentDate: typedDay(last?.documentDate ?? today),
  };
}

function focusField(name: string) {
  const el = document.getElementById(name === 'save' ? `${FORM}_save` : `${FORM}_${name}`);
  el?.focus();
  if (el instanceof HTMLInputElement) el.select();
}

/** Focus is in a field (or a dialog is open): a plain N is typing, not the shortcut. */
const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select, [role="combobox"], [role="dialog"]') !== null);

/** N (focus outside any field) or Alt+N, anywhere on the page: the form's first field, in view. */
function useNewEntryShortcut(card: React.RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const onKey = (e: globalThis.KeyboardEvent) => {
      const alt = e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyN';
      const plain = !e.altKey && !e.ctrlKey && !e.metaKey && (e.key === 'n' || e.key === 'N') && !typing(e.target);
      if (!alt && !plain) return;
      e.preventDefault();
      card.current?.scrollIntoView({ block: 'start' });
      focusField(ORDER[0]);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [card]);
}

/** Enter goes to the next field (the field has taken its own Enter first), Ctrl+Enter saves. */
function enterWalk(submit: () => void) {
  return (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      submit();
      return;
    }
    const name = (e.target as HTMLElement).id.replace(`${FORM}_`, '');
    const i = (ORDER as readonly string[]).indexOf(name);
    if (i < 0) return;
    e.preventDefault();
    focusField(ORDER[i + 1] ?? 'save');
  };
}

/**
 * The clerk's registration form, keyboard only: N or Alt+N comes to it, Enter goes to the next field,
 * Ctrl+Enter saves; the issuing body, type and date of the last entry are kept; a possible duplicate asks
 * for confirmation; after saving, the form is ready for the next entry on its first field.
 */
export function FastIncomingForm({ organizationId, onSaved }: { organizationId: string | undefined; onSaved?: (entry: IncomingEntry) => void }) {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const card = useRef<HTMLDivElement>(null);
  const [senderText, setSenderText] = useState(readLast()?.sender ?? '');
  const senders = useSenders(senderText, organizationId);
  const sender = Form.useWatch('sender', form);
  const types = useDocumentTypes();
  const qc = useQueryClient();
  const onError = useErrorHandler();
  const typeNames = [...new Set((types.data ?? []).map((d) => d.name))];
  useNewEntryShortcut(card);
  const newSender = Boolean(sender?.trim()) && !senders.some((s) => s.name.toLowerCase() === sender?.trim().toLowerCase());

  const mutation = useMutation({
    mutationFn: (body: object) => api.post<IncomingSaved>('/api/v1/incoming', body),
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
      organizationId, receivedOn: parseTypedDay(v.receivedOn), sender: v.sender, symbol: v.symbol?.trim() || null, documentDate: parseTypedDay(v.documentDate),
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

  const onKeyDown = enterWalk(() => !mutation.isPending && form.submit());
  const day = t('entry.dayPlaceholder');

  return (
    <Card ref={card} size="small" title={t('incoming.fastTitle')} style={{ marginBottom: 16 }} data-testid="incoming-fast">
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>{t('incoming.fastHint')}</Typography.Paragraph>
      <div onKeyDown={onKeyDown}>
        <Form<Values> form={form} name={FORM} layout="vertical" initialValues={defaults()} onFinish={(v) => send(v)}>
          <Row gutter={12}>
            <Col xs={12} md={4}>
              <Form.Item name="receivedOn" label={t('incoming.receivedOn')} rules={[required(tc, t('incoming.receivedOn')), dayRule(t)]}>
                <DayInput placeholder={day} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="sender" label={t('incoming.sender')} rules={[required(tc, t('incoming.sender'))]} extra={newSender ? <span data-testid="incoming-new-sender">{t('entry.newSender')}</span> : undefined}>
                <SenderField senders={senders} onSearch={setSenderText} />
              </Form.Item>
            </Col>
            <Col xs={12} md={5}>
              <Form.Item name="symbol" label={t('incoming.symbol')}>
                <Input placeholder="15/QĐ-VPQH, 45-CT/TW" />
              </Form.Item>
            </Col>
            <Col xs={12} md={3}>
              <Form.Item name="documentDate" label={t('incoming.documentDate')} rules={[required(tc, t('incoming.documentDate')), dayRule(t)]}>
                <DayInput placeholder={day} />
              </Form.Item>
            </Col>
            <Col xs={12} md={4}>
              <Form.Item name="typeName" label={t('incoming.typeName')}>
                <AutoComplete options={typeNames.map((n) => ({ value: n }))} filterOption={(input, o) => (o?.value ?? '').toLowerCase().includes(input.toLowerCase())} />
              </Form.Item>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name="summary" label={t('incoming.summary')} rules={[required(tc, t('incoming.summary'))]}>
                <Input />
              </Form.Item>
            </Col>
            <MarkingFields urgency={{ xs: 12, md: 4 }} secrecy={{ xs: 12, md: 3 }} />
            <Col xs={24} md={5} style={{ display: 'flex', alignItems: 'end', paddingBottom: 24 }}>
              <Space>
                <Button id={`${FORM}_save`} type="primary" htmlType="submit" loading={mutation.isPending} title={t('incoming.saveKey')}>{tc('common.save')}</Button>
                <Button onClick={() => { form.resetFields(); form.setFieldsValue(defaults()); focusField('receivedOn'); }}>{t('incoming.clear')}</Button>
              </Space>
            </Col>
          </Row>
          <Row gutter={12}>
            <Col xs={24}>
              <Form.Item name="fileId" label={t('attachments.scan')} extra={t('attachments.hint')} style={{ marginBottom: 0 }}>
                <FileField organizationId={organizationId} />
              </Form.Item>
            </Col>
          </Row>
        </Form>
      </div>
    </Card>
  );
}
