import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { type ApiQuery, apiUrl } from '../../api/api';
import { FormModal } from '../../components/FormModal';

/**
 * "Xuất Excel": the register holds personal data, so every export states its reason, which the server
 * logs with who exported what (docs/SECURITY.md, "Personal data"). The file downloads from the same
 * address the server checks; values the user may not see arrive masked.
 */
export function MemberExportModal({ open, onClose, filters }: { open: boolean; onClose: () => void; filters: Omit<ApiQuery<'GET /api/v1/members/export.xlsx'>, 'reason'> }) {
  const { t } = useTranslation('members');
  return (
    <FormModal<{ reason: string }>
      open={open}
      onClose={onClose}
      title={t('export.title')}
      okText={t('export.ok')}
      warning={t('export.warning')}
      submit={async ({ reason }) => {
        window.location.assign(apiUrl('/api/v1/members/export.xlsx', { query: { ...filters, reason: reason.trim() } }));
      }}
    >
      <Form.Item
        name="reason"
        label={t('export.reason')}
        rules={[{ required: true, whitespace: true, message: t('export.reasonRequired') }, { max: 500 }]}
      >
        <Input.TextArea rows={3} placeholder={t('export.placeholder')} data-testid="members-export-reason" />
      </Form.Item>
    </FormModal>
  );
}
