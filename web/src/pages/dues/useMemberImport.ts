import { useMutation, useQuery } from '@tanstack/react-query';
import { App } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useErrorHandler } from '../../components/errors';
import { toBase64 } from '../../components/ImportErrors';

/** The file checked (dry run), the import started after a confirmation, and its job followed until it ends. */
export function useMemberImport() {
  const { t } = useTranslation('dues');
  const { modal } = App.useApp();
  const onError = useErrorHandler();
  const [file, setFile] = useState<{ name: string; base64: string } | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);

  const check = useMutation({
    mutationFn: async (f: File) => {
      const base64 = await toBase64(f);
      setFile({ name: f.name, base64 });
      setJobId(null);
      return api.post('/api/v1/member-import/dry-run', { body: { fileBase64: base64 } });
    },
    onError: (e) => onError(e),
  });
  const start = useMutation({
    mutationFn: () => api.post('/api/v1/member-import/jobs', { body: { fileBase64: file?.base64 ?? '' } }),
    onSuccess: (job) => setJobId(job.id),
    onError: (e) => onError(e),
  });
  const job = useQuery({
    queryKey: ['member-import', 'job', jobId],
    queryFn: () => api.get('/api/v1/member-import/jobs/:id', { params: { id: jobId ?? '' } }),
    enabled: !!jobId,
    refetchInterval: (q) => (q.state.data?.status === 'running' || !q.state.data ? 500 : false),
  });

  const dry = check.data;
  const confirm = () =>
    modal.confirm({
      title: t('import.confirmTitle', { total: dry?.total ?? 0 }),
      content: t('import.confirmBody', { total: dry?.total ?? 0 }),
      okText: t('import.run', { total: dry?.total ?? 0 }),
      onOk: () => start.mutateAsync(),
    });
  const reset = () => {
    setFile(null);
    setJobId(null);
    check.reset();
  };
  return { file, jobId, check, start, job, dry, confirm, reset };
}
