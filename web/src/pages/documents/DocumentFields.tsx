import { Col, Form, Input, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { required } from '../../components/forms';
import { useDocsT } from './i18n';
import { MarkingFields } from './labels';
import { AUTHORITIES, CIRCULATION_NOTES } from './types';

/** The fields a draft shares between its creation and its edits (the recipients as one line each). */
export function DocumentFields() {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  return (
    <>
      <Form.Item name="summary" label={t('fields.summary')} rules={[required(tc, t('fields.summary'))]}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 4 }} data-testid="document-summary" />
      </Form.Item>
      <Form.Item name="body" label={t('fields.body')} extra={t('hints.body')}>
        <Input.TextArea autoSize={{ minRows: 5, maxRows: 14 }} data-testid="document-body" />
      </Form.Item>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="issuerCode" label={t('fields.issuerCode')} extra={t('hints.issuerCode')}>
            <Input data-testid="document-issuer-code" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="unitCode" label={t('fields.unitCode')} extra={t('hints.unitCode')}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={8}>
          <Form.Item name="authority" label={t('fields.authority')}>
            <Select options={AUTHORITIES.map((a) => ({ value: a, label: t(`authorities.${a}`) }))} />
          </Form.Item>
        </Col>
        <Col span={16}>
          <Form.Item name="authorityFor" label={t('fields.authorityFor')}>
            <Input placeholder="ĐẢNG ỦY, BAN THƯỜNG VỤ..." />
          </Form.Item>
        </Col>
      </Row>
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="signerName" label={t('fields.signerName')}>
            <Input data-testid="document-signer" />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="signerTitle" label={t('fields.signerTitle')}>
            <Input />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item name="recipients" label={t('fields.recipients')} extra={t('hints.recipients')}>
        <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Row gutter={12}>
        <MarkingFields urgency={{ span: 8 }} secrecy={{ span: 8 }} />
        <Col span={8}>
          <Form.Item name="circulation" label={t('fields.circulation')}>
            <Select mode="tags" options={CIRCULATION_NOTES.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
        </Col>
      </Row>
    </>
  );
}
