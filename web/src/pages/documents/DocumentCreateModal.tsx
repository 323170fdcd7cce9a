import { Col, Form, Row, Select } from 'antd';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useMe } from '../../auth/session';
import { FormModal } from '../../components/FormModal';
import { requiredSelect } from '../../components/forms';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { DocumentFields } from './DocumentFields';
import { useDocsT } from './i18n';
import { lines } from './labels';
import { useDocumentTypes } from './queries';
import { type Authority, type DocumentDetail, REGIMES, type Regime, type SecrecyLevel, type Urgency } from './types';

export interface DraftValues {
  organizationId: string;
  regime: Regime;
  typeId: string;
  summary: string;
  body?: string;
  issuerCode?: string;
  unitCode?: string;
  authority: Authority;
  authorityFor?: string;
  signerName?: string;
  signerTitle?: string;
  recipients?: string;
  urgency: Urgency;
  secrecy: SecrecyLevel;
  circulation: string[];
  inReplyToIncomingId?: string | null;
}

const blank = (s: string | undefined) => (s?.trim() ? s.trim() : null);

/** The body of POST /documents from the form (recipients one per line, blanks as null). */
export function draftBody(v: DraftValues) {
  return {
    organizationId: v.organizationId, typeId: v.typeId, summary: v.summary, body: v.body ?? '',
    ...(v.issuerCode?.trim() ? { issuerCode: v.issuerCode.trim() } : {}),
    unitCode: blank(v.unitCode), authority: v.authority, authorityFor: blank(v.authorityFor),
    signerName: blank(v.signerName), signerTitle: blank(v.signerTitle), recipients: lines(v.recipients),
    urgency: v.urgency, secrecy: v.secrecy, circulation: v.circulation, inReplyToIncomingId: v.inReplyToIncomingId ?? null,
  };
}

function TypeSelect() {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const regime = Form.useWatch<Regime | undefined>('regime');
  const types = useDocumentTypes(regime);
  const form = Form.useFormInstance<DraftValues>();
  useEffect(() => {
    // A type of the other regime does not stay chosen when the regime changes.
    const chosen = form.getFieldValue('typeId') as string | undefined;
    if (types.data && chosen && !types.data.some((d) => d.id === chosen)) form.setFieldValue('typeId', undefined);
  }, [types.data, form]);
  return (
    <Form.Item name="typeId" label={t('fields.type')} rules={[requiredSelect(tc, t('fields.type'))]}>
      <Select
        showSearch
        optionFilterProp="label"
        data-testid="document-type"
        options={(types.data ?? []).map((d) => ({ value: d.id, label: d.abbreviation ? `${d.name} (${d.abbreviation})` : d.name }))}
      />
    </Form.Item>
  );
}

/** A new draft: its regime and type decide how it will be numbered when issued. */
export function DocumentCreateModal({ open, onClose, onCreated, initial }: { open: boolean; onClose: () => void; onCreated: (d: DocumentDetail) => void; initial?: Partial<DraftValues> }) {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const { data: me } = useMe();
  const defaults: Partial<DraftValues> = {
    organizationId: me?.grants[0]?.organizationId, regime: 'party', authority: 'none', urgency: 'thuong', secrecy: 'none', circulation: [], ...initial,
  };
  return (
    <FormModal<DraftValues>
      open={open}
      title={t('create.title')}
      okText={t('create.ok')}
      width={760}
      onClose={onClose}
      initialValues={defaults}
      submit={async (v) => onCreated(await api.post('/api/v1/documents', { body: draftBody(v) }))}
    >
      <Row gutter={12}>
        <Col span={12}>
          <Form.Item name="organizationId" label={t('fields.organization')} rules={[requiredSelect(tc, t('fields.organization'))]}>
            <OrgTreeSelect />
          </Form.Item>
        </Col>
        <Col span={12}>
          <Form.Item name="regime" label={t('fields.regime')}>
            <Select data-testid="document-regime" options={REGIMES.map((r) => ({ value: r, label: t(`regimes.${r}`) }))} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item noStyle shouldUpdate={(a: DraftValues, b: DraftValues) => a.regime !== b.regime}>
        {() => <TypeSelect />}
      </Form.Item>
      <Form.Item name="inReplyToIncomingId" hidden>
        <input />
      </Form.Item>
      <DocumentFields />
    </FormModal>
  );
}
