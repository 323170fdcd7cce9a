import { Form, Input } from 'antd';
import { api } from '../../api/api';
import { FormModal } from '../../components/FormModal';
import { draftBody, type DraftValues } from './DocumentCreateModal';
import { DocumentFields } from './DocumentFields';
import { useDocsT } from './i18n';
import { documentKey } from './queries';
import type { DocumentDetail } from './types';

type EditValues = DraftValues & { versionNote?: string };

/** Edits a draft; a changed text becomes the next version, with its note. */
export function DocumentEditModal({ d, open, onClose, onSaved }: { d: DocumentDetail; open: boolean; onClose: () => void; onSaved: (d: DocumentDetail) => void }) {
  const { t } = useDocsT();
  const initial: Partial<EditValues> = {
    summary: d.summary, body: d.body, issuerCode: d.issuerCode, unitCode: d.unitCode ?? undefined, authority: d.authority,
    authorityFor: d.authorityFor ?? undefined, signerName: d.signerName ?? undefined, signerTitle: d.signerTitle ?? undefined,
    recipients: d.recipients.join('\n'), urgency: d.urgency, secrecy: d.secrecy, circulation: d.circulation,
  };
  return (
    <FormModal<EditValues>
      open={open}
      title={t('edit.title')}
      okText={t('edit.ok')}
      width={760}
      onClose={onClose}
      initialValues={initial}
      reload={[documentKey(d.id)]}
      submit={async (v) => {
        const { organizationId: _o, typeId: _t, inReplyToIncomingId: _r, ...body } = draftBody({ ...v, organizationId: d.organizationId, typeId: d.typeId });
        const note = v.versionNote?.trim();
        onSaved(await api.patch('/api/v1/documents/:id', { params: { id: d.id }, body: { ...body, version: d.version, ...(note ? { versionNote: note } : {}) } }));
      }}
    >
      <DocumentFields />
      <Form.Item name="versionNote" label={t('edit.versionNote')}>
        <Input />
      </Form.Item>
    </FormModal>
  );
}
