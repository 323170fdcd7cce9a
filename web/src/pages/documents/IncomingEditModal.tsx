import { App, AutoComplete, Col, DatePicker, Form, Input, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../api/api';
import { FormModal } from '../../components/FormModal';
import { required, requiredSelect } from '../../components/forms';
import { DISPLAY_DAY, formatDay, toDay } from '../../lib/dates';
import { useDocsT } from './i18n';
import { incomingKey } from './queries';
import { MarkingFields } from './labels';
import type { IncomingDetail, SecrecyLevel, Urgency } from './types';
import { useSenders } from './useSenders';

interface Values {
  sender: string;
  symbol?: string | null;
  documentDate: Dayjs;
  typeName?: string | null;
  summary: string;
  urgency: Urgency;
  secrecy: SecrecyLevel;
  note?: string | null;
}

const valuesOf = (e: IncomingDetail): Values => ({
  sender: e.sender, symbol: e.symbol, documentDate: dayjs(e.documentDate), typeName: e.typeName, summary: e.summary,
  urgency: e.urgency, secrecy: e.secrecy, note: e.note,
});

/**
 * The clerk corrects a registered entry (Sửa, đính chính): the arrival number and the day received
 * stay. Each field says what is wrong with it; if someone else saved the entry meanwhile, the dialog
 * says so, the entry is reloaded and the fields not touched here take its new values.
 */
export function IncomingEditModal({ e, open, onClose, onDone }: { e: IncomingDetail; open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const { message } = App.useApp();
  const [senderText, setSenderText] = useState(e.sender);
  const senders = useSenders(senderText, e.organizationId);
  const [conflict, setConflict] = useState(false);
  const maxLength = (max: number) => ({ max, message: t('correction.tooLong', { max }) });
  const close = () => {
    setConflict(false);
    onClose();
  };
  return (
    <FormModal<Values>
      open={open}
      title={t('correction.title', { arrival: `${e.arrivalNumber}/${e.year}` })}
      width={720}
      onClose={close}
      onDone={onDone}
      initialValues={valuesOf(e)}
      warning={conflict ? t('correction.conflict') : t('correction.hint')}
      danger={conflict}
      reload={[incomingKey(e.id)]}
      conflictValues={(current) => valuesOf(current as IncomingDetail)}
      // Not shown instead of the usual handling (reload, merge): only noted, so the dialog says it too.
      shownInDialog={(err) => {
        if (isApiError(err) && err.status === 409 && err.code === 'resource.version_conflict') setConflict(true);
        return false;
      }}
      fieldFor={{ 'incoming.received_before_document': 'documentDate', 'document.clearance_exceeded': 'secrecy' }}
      submit={async (v) => {
        const saved = await api.patch('/api/v1/incoming/:id', { params: { id: e.id }, body: {
          version: e.version, sender: v.sender, symbol: v.symbol?.trim() || null, documentDate: toDay(v.documentDate), typeName: v.typeName?.trim() || null,
          summary: v.summary, urgency: v.urgency, secrecy: v.secrecy, note: v.note?.trim() || null,
        } });
        // An unusual symbol is saved as the sender wrote it; the clerk is told, as on registration.
        const warning = saved.warnings[0];
        if (warning) void message.warning(warning.message, 8);
        return saved;
      }}
    >
      <Row gutter={12}>
        <Col xs={24} md={14}>
          <Form.Item name="sender" label={t('incoming.sender')} rules={[required(tc, t('incoming.sender')), maxLength(500)]}>
            <AutoComplete options={senders.map((s) => ({ value: s.name }))} onSearch={setSenderText} filterOption={false} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item name="symbol" label={t('incoming.symbol')} rules={[maxLength(100)]}>
            <Input placeholder="15/QĐ-VPQH, 45-CT/TW" />
          </Form.Item>
        </Col>
        <Col xs={12} md={8}>
          <Form.Item name="documentDate" label={t('incoming.documentDate')}
            rules={[requiredSelect(tc, t('incoming.documentDate')), {
              validator: (_, value: Dayjs | undefined) => ((toDay(value) ?? '') > e.receivedOn
                ? Promise.reject(new Error(t('correction.documentDateAfter', { date: formatDay(e.receivedOn) })))
                : Promise.resolve()),
            }]}>
            <DatePicker format={DISPLAY_DAY} style={{ width: '100%' }} allowClear={false} />
          </Form.Item>
        </Col>
        <Col xs={12} md={16}>
          <Form.Item name="typeName" label={t('incoming.typeName')} rules={[maxLength(100)]}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="summary" label={t('incoming.summary')} rules={[required(tc, t('incoming.summary')), maxLength(2000)]}>
        <Input.TextArea autoSize={{ minRows: 2 }} />
      </Form.Item>
      <Row gutter={12}>
        <MarkingFields urgency={{ xs: 12 }} secrecy={{ xs: 12 }} />
      </Row>
      <Form.Item name="note" label={t('correction.note')} rules={[maxLength(2000)]}>
        <Input.TextArea autoSize={{ minRows: 1 }} />
      </Form.Item>
    </FormModal>
  );
}
