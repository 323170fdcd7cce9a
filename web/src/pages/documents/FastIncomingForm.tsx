import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, AutoComplete, Button, Card, Col, DatePicker, Descriptions, Form, Input, Row, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type KeyboardEvent, type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../api/api';
import { useErrorHandler } from '../../components/errors';
import { required, requiredSelect } from '../../components/forms';
import { DISPLAY_DAY, formatDay, toDay } from '../../lib/dates';
import { FileField } from './files';
import { useDocsT } from './i18n';
import { useDocumentTypes } from './queries';
import { MarkingFields } from './labels';
import type { IncomingDetail, SecrecyLevel, Urgency } from './types';
import { useSenders } from './useSenders';

interface Values {
  receivedOn: Dayjs;
  sender: string;
  symbol?: string;
  documentDate: Dayjs;
  typeName?: string;
  summary: string;
  urgency: Urgency;
  secrecy: SecrecyLevel;
  fileId?: string | null;
}

/** The entry a possible duplicate is about, as the server sends it with the warning. */
interface Existing { arrivalNumber: number; year: number; receivedOn: string; sender: string; symbol: string | null; summary: string }

function isExisting(value: unknown): value is Existing {
  return typeof value === 'object' && value !== null && 'arrivalNumber' in value && 'sender' in value;
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
  const today = dayjs();
  return {
    receivedOn: today, urgency: 'thuong', secrecy: 'none',
    sender: last?.sender, typeName: last?.typeName, documentDate: last ? dayjs(last.documentDate) : today,
  };
}

function focusField(name: string) {
  const el = document.getElementById(name === 'save' ? `${FORM}_save` : `${FORM}_${name}`);
  el?.focus();
  if (el instanceof HTMLInputElement) el.select();
}

/** The warning's sentence and the entry already registered: arrival number, sender, date, summary. */
function DuplicateWarning({ text, existing }: { text: string; existing: Existing | null }) {
  const { t } = useDocsT();
  const rows: Array<[string, ReactNode]> = existing ? [
    [t('incoming.arrival'), t('duplicate.arrival', { arrival: existing.arrivalNumber, year: existing.year, date: formatDay(existing.receivedOn) })],
    [t('incoming.sender'), existing.sender],
    [t('incoming.symbol'), existing.symbol ?? '—'],
    [t('incoming.summary'), existing.summary],
  ] : [];
  return (
    <div data-testid="incoming-duplicate">
      <Typography.Paragraph>{text}</Typography.Paragraph>
      {existing && (
        <Descriptions size="small" bordered column={1} title={t('duplicate.existing')} items={rows.map(([label, children], i) => ({ key: i, label, children }))} />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{t('duplicate.question')}</Typography.Paragraph>
    </div>
  );
}

/**
 * The clerk's registration form, keyboard only: Enter goes to the next field, Ctrl+Enter saves; the
 * issuing body, type and date of the last entry are kept; a possible duplicate asks for confirmation.
 */
export function FastIncomingForm({ organizationId }: { organizationId: string | undefined }) {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<Values>();
  const [senderText, setSenderText] = useState(readLast()?.sender ?? '');
  const senders = useSenders(senderText, organizationId);
  const types = useDocumentTypes();
  const qc = useQueryClient();
  const onError = useErrorHandler();
  const typeNames = [...new Set((types.data ?? []).map((d) => d.name))];

  const mutation = useMutation({
    mutationFn: (body: object) => api.post<IncomingDetail>('/api/v1/incoming', body),
    onSuccess: (entry) => {
      const last: Last = { sender: entry.sender, typeName: entry.typeName ?? undefined, documentDate: entry.documentDate, receivedOn: entry.receivedOn };
      localStorage.setItem(LAST_KEY, JSON.stringify(last));
      void message.success(t('incoming.saved', { arrival: entry.arrivalNumber }));
      void qc.invalidateQueries({ queryKey: ['incoming'] });
      form.resetFields();
      form.setFieldsValue({ ...defaults(), receivedOn: dayjs(entry.receivedOn) });
      setSenderText(entry.sender);
      setTimeout(() => focusField('sender'), 0);
    },
  });

  const send = (v: Values, confirmDuplicate = false) => {
    const body = {
      organizationId, receivedOn: toDay(v.receivedOn), sender: v.sender, symbol: v.symbol?.trim() || null, documentDate: toDay(v.documentDate),
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
        onError(e, { form, fieldFor: { 'incoming.received_before_document': 'documentDate', 'document.symbol_invalid': 'symbol', 'document.clearance_exceeded': 'secrecy', 'resource.reference_invalid': 'fileId' } });
      },
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      if (!mutation.isPending) form.submit();
      return;
    }
    const name = (e.target as HTMLElement).id.replace(`${FORM}_`, '');
    const i = (ORDER as readonly string[]).indexOf(name);
    if (i < 0) return;
    e.preventDefault();
    const next = ORDER[i + 1] ?? 'save';
    // The field has already taken its own Enter (an autocomplete choice, a typed date): the focus moves
    // at once, so that what is typed next lands in the next field. A date picker closing its panel may
    // take the focus back: it moves again if it did.
    focusField(next);
    setTimeout(() => document.activeElement?.id === `${FORM}_${name}` && focusField(next), 150);
  };

  return (
    <Card size="small" title={t('incoming.fastTitle')} style={{ marginBottom: 16 }} data-testid="incoming-fast">
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>{t('incoming.fastHint')}</Typography.Paragraph>
      <div onKeyDown={onKeyDown}>
        <Form<Values> form={form} name={FORM} layout="vertical" initialValues={defaults()} onFinish={(v) => send(v)}>
          <Row gutter={12}>
            <Col xs={12} md={4}>
              <Form.Item name="receivedOn" label={t('incoming.receivedOn')} rules={[requiredSelect(tc, t('incoming.receivedOn'))]}>
                <DatePicker format={DISPLAY_DAY} style={{ width: '100%' }} allowClear={false} />
              </Form.Item>
            </Col>
            <Col xs={24} md={8}>
              <Form.Item name="sender" label={t('incoming.sender')} rules={[required(tc, t('incoming.sender'))]}>
                <AutoComplete options={senders.map((s) => ({ value: s.name }))} onSearch={setSenderText} filterOption={false} data-testid="incoming-sender" />
              </Form.Item>
            </Col>
            <Col xs={12} md={5}>
              <Form.Item name="symbol" label={t('incoming.symbol')}>
                <Input placeholder="15/QĐ-VPQH, 45-CT/TW" />
              </Form.Item>
            </Col>
            <Col xs={12} md={3}>
              <Form.Item name="documentDate" label={t('incoming.documentDate')} rules={[requiredSelect(tc, t('incoming.documentDate'))]}>
                <DatePicker format={DISPLAY_DAY} style={{ width: '100%' }} allowClear={false} />
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
