import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, AutoComplete, Button, Card, Col, DatePicker, Form, Input, Row, Select, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { type KeyboardEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../api/api';
import { useErrorHandler } from '../../components/errors';
import { required, requiredSelect } from '../../components/forms';
import { DISPLAY_DAY, toDay } from '../../lib/dates';
import { useDocsT } from './i18n';
import { useDocumentTypes } from './queries';
import { type IncomingDetail, SECRECY_LEVELS, type SecrecyLevel, URGENCIES, type Urgency } from './types';
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
  const senders = useSenders(senderText);
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
      typeName: v.typeName?.trim() || null, summary: v.summary, urgency: v.urgency, secrecy: v.secrecy, confirmDuplicate,
    };
    mutation.mutate(body, {
      onError: (e) => {
        if (isApiError(e) && e.code === 'incoming.possible_duplicate') {
          modal.confirm({
            title: t('incoming.duplicateTitle'), content: e.title, okText: t('incoming.duplicateOk'), cancelText: tc('common.cancel'),
            onOk: () => send(v, true), onCancel: () => focusField('symbol'),
          });
          return;
        }
        onError(e, { form, fieldFor: { 'incoming.received_before_document': 'documentDate', 'document.symbol_invalid': 'symbol', 'document.clearance_exceeded': 'secrecy' } });
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
                <AutoComplete options={senders.slice(0, 20).map((s) => ({ value: s }))} onSearch={setSenderText} />
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
            <Col xs={12} md={4}>
              <Form.Item name="urgency" label={t('fields.urgency')}>
                <Select options={URGENCIES.map((u) => ({ value: u, label: t(`urgencies.${u}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={12} md={3}>
              <Form.Item name="secrecy" label={t('fields.secrecy')}>
                <Select options={SECRECY_LEVELS.map((s) => ({ value: s, label: t(`secrecies.${s}`) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={5} style={{ display: 'flex', alignItems: 'end', paddingBottom: 24 }}>
              <Space>
                <Button id={`${FORM}_save`} type="primary" htmlType="submit" loading={mutation.isPending} title={t('incoming.saveKey')}>{tc('common.save')}</Button>
                <Button onClick={() => { form.resetFields(); form.setFieldsValue(defaults()); focusField('receivedOn'); }}>{t('incoming.clear')}</Button>
              </Space>
            </Col>
          </Row>
        </Form>
      </div>
    </Card>
  );
}
