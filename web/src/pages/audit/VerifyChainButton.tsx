import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useErrorHandler } from '../../components/errors';

/** Walks the audit hash chain on the server and says whether every row adds up. */
export function VerifyChainButton() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const onError = useErrorHandler();
  const verify = useMutation({
    mutationFn: () => api.get('/api/v1/audit/verify'),
    onSuccess: (v) => {
      if (v.ok) modal.success({ title: t('audit.verifyOk'), content: t('audit.verifyRows', { rows: v.rows.toLocaleString('vi-VN') }) });
      else modal.error({ title: t('audit.verifyBroken'), content: t('audit.verifyAt', { seq: v.seq ?? '?', reason: v.reason ?? '' }) });
    },
    onError: (e) => onError(e),
  });
  return (
    <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate()}>
      {t('audit.verify')}
    </Button>
  );
}
