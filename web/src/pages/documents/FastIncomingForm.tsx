import { AutoComplete, Button, Card, Col, Form, Input, Row, Space, Typography } from 'antd';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { required } from '../../components/forms';
import { DayInput, dayRule } from './DayInput';
import { defaults, enterWalk, FORM, focusField, useNewEntryShortcut, type Values } from './fastIncoming';
import { FileField } from './files';
import { useDocsT } from './i18n';
import { useDocumentTypes } from './queries';
import { MarkingFields } from './labels';
import { SenderField } from './SenderField';
import type { IncomingEntry } from './types';
import { useFastIncoming } from './useFastIncoming';

/** The first row: when it came, from whom, its symbol, date and type. */
function FastIncomingHeadFields({ f }: { f: ReturnType<typeof useFastIncoming> }) {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const types = useDocumentTypes();
  const typeNames = [...new Set((types.data ?? []).map((d) => d.name))];
  const day = t('entry.dayPlaceholder');
  return (
    <Row gutter={12}>
      <Col xs={12} md={4}>
        <Form.Item name="receivedOn" label={t('incoming.receivedOn')} rules={[required(tc, t('incoming.receivedOn')), dayRule(t)]}>
          <DayInput placeholder={day} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}>
        <Form.Item name="sender" label={t('incoming.sender')} rules={[required(tc, t('incoming.sender'))]} extra={f.newSender ? <span data-testid="incoming-new-sender">{t('entry.newSender')}</span> : undefined}>
          <SenderField senders={f.senders} onSearch={f.setSenderText} />
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
  );
}

/**
 * The clerk's registration form, keyboard only: N or Alt+N comes to it, Enter goes to the next field,
 * Ctrl+Enter saves; the issuing body, type and date of the last entry are kept; a possible duplicate asks
 * for confirmation; after saving, the form is ready for the next entry on its first field.
 */
export function FastIncomingForm({ organizationId, onSaved }: { organizationId: string | undefined; onSaved?: (entry: IncomingEntry) => void }) {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const card = useRef<HTMLDivElement>(null);
  const f = useFastIncoming(organizationId, onSaved);
  const { form } = f;
  useNewEntryShortcut(card);
  const onKeyDown = enterWalk(() => !f.saving && form.submit());

  return (
    <Card ref={card} size="small" title={t('incoming.fastTitle')} style={{ marginBottom: 16 }} data-testid="incoming-fast">
      <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>{t('incoming.fastHint')}</Typography.Paragraph>
      <div onKeyDown={onKeyDown}>
        <Form<Values> form={form} name={FORM} layout="vertical" initialValues={defaults()} onFinish={(v) => f.send(v)}>
          <FastIncomingHeadFields f={f} />
          <Row gutter={12}>
            <Col xs={24} md={12}>
              <Form.Item name="summary" label={t('incoming.summary')} rules={[required(tc, t('incoming.summary'))]}>
                <Input />
              </Form.Item>
            </Col>
            <MarkingFields urgency={{ xs: 12, md: 4 }} secrecy={{ xs: 12, md: 3 }} />
            <Col xs={24} md={5} style={{ display: 'flex', alignItems: 'end', paddingBottom: 24 }}>
              <Space>
                <Button id={`${FORM}_save`} type="primary" htmlType="submit" loading={f.saving} title={t('incoming.saveKey')}>{tc('common.save')}</Button>
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
