import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError, request } from '../../api/api';
import { useMe } from '../../auth/session';
import { errorText, useErrorHandler } from '../../components/errors';
import { FormModal } from '../../components/FormModal';
import { PageTitle } from '../../components/PageTitle';
import { can } from '../../lib/permissions';
import { CellYearBar } from './CellYearBar';
import { RATING_LEVELS, type RatingEntry, type RatingLevel, type Round } from './types';
import { useCellYear } from './useCellYear';

const LEVEL_COLORS: Record<RatingLevel, string> = { hoan_thanh_xuat_sac: 'gold', hoan_thanh_tot: 'green', hoan_thanh: 'blue', khong_hoan_thanh: 'red' };

function LevelTag({ level }: { level: RatingLevel | null }) {
  const { t } = useTranslation('dues');
  return level ? <Tag color={LEVEL_COLORS[level]}>{t(`ratings.levels.${level}`)}</Tag> : <Typography.Text type="secondary">–</Typography.Text>;
}

interface SelfValues {
  score: number | null;
  level?: RatingLevel;
  note: string | null;
}

/** A rating round: self-assessment, the cell's proposal and the committee's decision per subject. */
export function RatingsPage() {
  const { t } = useTranslation('dues');
  const { t: tc } = useTranslation();
  const { modal, message } = App.useApp();
  const { data: me } = useMe();
  const onError = useErrorHandler();
  const qc = useQueryClient();
  const { cellId, year, set } = useCellYear();
  const [selfEntry, setSelfEntry] = useState<RatingEntry | null>(null);
  const key = ['ratings', cellId, year];
  const round = useQuery({ queryKey: key, queryFn: () => api.get<Round>('/api/v1/ratings/rounds', { organizationId: cellId, year }), enabled: !!cellId, retry: false });
  const refresh = () => void qc.invalidateQueries({ queryKey: key });
  const open = useMutation({ mutationFn: () => api.post<Round>('/api/v1/ratings/rounds', { organizationId: cellId, year }), onSuccess: (r) => qc.setQueryData(key, r), onError: (e) => onError(e) });
  const step = useMutation({
    mutationFn: (v: { entry: RatingEntry; step: 'proposal' | 'decision'; level: RatingLevel | null; overrideQuota?: boolean }) =>
      request('PUT', `/api/v1/ratings/entries/${v.entry.id}/${v.step}`, { version: v.entry.version, level: v.level, ...(v.step === 'decision' ? { overrideQuota: v.overrideQuota ?? false } : {}) }),
    onSuccess: () => {
      void message.success(t('ratings.saved'));
      refresh();
    },
    onError: (e, v) => {
      if (isApiError(e) && e.code === 'rating.quota_exceeded') {
        modal.confirm({ title: t('ratings.overrideTitle'), content: e.title, okText: t('ratings.override'), okButtonProps: { danger: true }, onOk: () => step.mutate({ ...v, overrideQuota: true }) });
        return;
      }
      onError(e, { reload: [key] });
    },
  });

  const r = round.data;
  const missing = isApiError(round.error) && round.error.status === 404;
  const levelSelect = (entry: RatingEntry, which: 'proposal' | 'decision', value: RatingLevel | null) => (
    <Select<RatingLevel | null>
      size="small"
      style={{ width: 180 }}
      allowClear
      value={value}
      aria-label={`${which} ${entry.subjectName}`}
      options={RATING_LEVELS.map((l) => ({ value: l, label: t(`ratings.levels.${l}`) }))}
      onChange={(level) => step.mutate({ entry, step: which, level: level ?? null })}
    />
  );
  return (
    <>
      <PageTitle title={t('ratings.title')} sub={r?.organizationName} />
      <Card>
        <Space direction="vertical" style={{ width: '100%' }}>
          <CellYearBar cellId={cellId} year={year} onChange={set} label={t('ratings.organization')} />
          {!cellId && <Alert type="info" showIcon title={t('noCell')} />}
          {missing && (
            <Alert type="info" showIcon title={t('ratings.noRound', { year })}
              action={can(me, 'members.write') && <Button type="primary" loading={open.isPending} onClick={() => open.mutate()}>{t('ratings.open', { year })}</Button>} />
          )}
          {round.error && !missing && <Alert type="error" showIcon title={errorText(round.error, tc)} />}
          {r && (
            <>
              <Space wrap>
                <Tag color={r.quota.exceeded ? 'red' : 'green'} data-testid="rating-quota">{r.quota.exceeded ? t('ratings.quotaExceeded') : t('ratings.quotaOk')}</Tag>
                <Typography.Text>{t('ratings.quota', { ...r.quota, share: r.quota.basisPoints / 100 })}</Typography.Text>
              </Space>
              <Typography.Text type="secondary">{t('ratings.bands', { x: r.scoreBands.hoan_thanh_xuat_sac, t: r.scoreBands.hoan_thanh_tot, h: r.scoreBands.hoan_thanh })}</Typography.Text>
              <Table<RatingEntry>
                rowKey="id"
                size="small"
                pagination={false}
                dataSource={r.entries}
                scroll={{ x: 1100 }}
                columns={[
                  { key: 'subject', title: t('ratings.subject'), render: (_v, e) => (e.memberId ? e.subjectName : <b>{e.subjectName} {t('ratings.organizationItself')}</b>) },
                  {
                    key: 'self', title: t('ratings.selfScore'), width: 110, align: 'right',
                    render: (_v, e) => (r.canPropose ? <Button size="small" type="link" onClick={() => setSelfEntry(e)}>{e.selfScore ?? '…'}</Button> : e.selfScore),
                  },
                  { key: 'selfLevel', title: t('ratings.selfLevel'), width: 170, render: (_v, e) => <LevelTag level={e.selfLevel} /> },
                  { key: 'note', title: t('ratings.selfNote'), dataIndex: 'selfNote', ellipsis: true, responsive: ['xl'] },
                  { key: 'proposed', title: t('ratings.proposed'), width: 200, render: (_v, e) => (r.canPropose ? levelSelect(e, 'proposal', e.proposedLevel) : <LevelTag level={e.proposedLevel} />) },
                  { key: 'decided', title: t('ratings.decided'), width: 200, render: (_v, e) => (r.canDecide ? levelSelect(e, 'decision', e.decidedLevel) : <LevelTag level={e.decidedLevel} />) },
                ]}
              />
            </>
          )}
        </Space>
      </Card>
      <FormModal<SelfValues>
        open={selfEntry !== null}
        title={t('ratings.selfEdit', { name: selfEntry?.subjectName ?? '' })}
        onClose={() => setSelfEntry(null)}
        onDone={refresh}
        reload={[key]}
        initialValues={{ score: selfEntry?.selfScore ?? null, level: selfEntry?.selfLevel ?? undefined, note: selfEntry?.selfNote ?? null }}
        submit={(v) => request('PUT', `/api/v1/ratings/entries/${selfEntry?.id}/self`, { version: selfEntry?.version, score: v.score ?? null, note: v.note || null, ...(v.level ? { level: v.level } : {}) })}
      >
        <Form.Item name="score" label={t('ratings.selfScore')}><InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} /></Form.Item>
        <Form.Item name="level" label={t('ratings.selfLevel')}><Select allowClear options={RATING_LEVELS.map((l) => ({ value: l, label: t(`ratings.levels.${l}`) }))} /></Form.Item>
        <Form.Item name="note" label={t('ratings.selfNote')}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
      </FormModal>
    </>
  );
}
