import { Alert, Button, Card, Form, Input, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, isApiError } from '../../api/api';
import { useMe } from '../../auth/session';
import { errorText } from '../../components/errors';
import { FormModal } from '../../components/FormModal';
import { PageTitle } from '../../components/PageTitle';
import { can } from '../../lib/permissions';
import { CellYearBar } from './CellYearBar';
import { RATING_LEVELS, type RatingEntry, type RatingLevel, type Round } from './types';
import { type RatingStep, useRatingRound } from './useRatingRound';

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

/** The round's subjects: self-assessment, the cell's proposal and the committee's decision, editable as allowed. */
function RoundTable({ r, onStep, onSelf }: { r: Round; onStep: (v: RatingStep) => void; onSelf: (e: RatingEntry) => void }) {
  const { t } = useTranslation('dues');
  const levelSelect = (entry: RatingEntry, which: 'proposal' | 'decision', value: RatingLevel | null) => (
    <Select<RatingLevel | null>
      size="small"
      style={{ width: 180 }}
      allowClear
      value={value}
      aria-label={`${which} ${entry.subjectName}`}
      options={RATING_LEVELS.map((l) => ({ value: l, label: t(`ratings.levels.${l}`) }))}
      onChange={(level) => onStep({ entry, step: which, level: level ?? null })}
    />
  );
  return (
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
          render: (_v, e) => (r.canPropose ? <Button size="small" type="link" onClick={() => onSelf(e)}>{e.selfScore ?? '…'}</Button> : e.selfScore),
        },
        { key: 'selfLevel', title: t('ratings.selfLevel'), width: 170, render: (_v, e) => <LevelTag level={e.selfLevel} /> },
        { key: 'note', title: t('ratings.selfNote'), dataIndex: 'selfNote', ellipsis: true, responsive: ['xl'] },
        { key: 'proposed', title: t('ratings.proposed'), width: 200, render: (_v, e) => (r.canPropose ? levelSelect(e, 'proposal', e.proposedLevel) : <LevelTag level={e.proposedLevel} />) },
        { key: 'decided', title: t('ratings.decided'), width: 200, render: (_v, e) => (r.canDecide ? levelSelect(e, 'decision', e.decidedLevel) : <LevelTag level={e.decidedLevel} />) },
      ]}
    />
  );
}

function SelfModal({ entry, onClose, onDone, reloadKey }: { entry: RatingEntry | null; onClose: () => void; onDone: () => void; reloadKey: unknown[] }) {
  const { t } = useTranslation('dues');
  return (
    <FormModal<SelfValues>
      open={entry !== null}
      title={t('ratings.selfEdit', { name: entry?.subjectName ?? '' })}
      onClose={onClose}
      onDone={onDone}
      reload={[reloadKey]}
      initialValues={{ score: entry?.selfScore ?? null, level: entry?.selfLevel ?? undefined, note: entry?.selfNote ?? null }}
      submit={(v) => api.put('/api/v1/ratings/entries/:id/self', { params: { id: entry?.id ?? '' }, body: { version: entry?.version ?? 0, score: v.score ?? null, note: v.note || null, ...(v.level ? { level: v.level } : {}) } })}
    >
      <Form.Item name="score" label={t('ratings.selfScore')}><InputNumber min={0} max={100} precision={0} style={{ width: '100%' }} /></Form.Item>
      <Form.Item name="level" label={t('ratings.selfLevel')}><Select allowClear options={RATING_LEVELS.map((l) => ({ value: l, label: t(`ratings.levels.${l}`) }))} /></Form.Item>
      <Form.Item name="note" label={t('ratings.selfNote')}><Input.TextArea rows={3} maxLength={2000} /></Form.Item>
    </FormModal>
  );
}

/** A rating round: self-assessment, the cell's proposal and the committee's decision per subject. */
export function RatingsPage() {
  const { t } = useTranslation('dues');
  const { t: tc } = useTranslation();
  const { data: me } = useMe();
  const { cellId, year, set, key, round, refresh, open, step } = useRatingRound();
  const [selfEntry, setSelfEntry] = useState<RatingEntry | null>(null);
  const r = round.data;
  const missing = isApiError(round.error) && round.error.status === 404;
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
              <RoundTable r={r} onStep={step.mutate} onSelf={setSelfEntry} />
            </>
          )}
        </Space>
      </Card>
      <SelfModal entry={selfEntry} onClose={() => setSelfEntry(null)} onDone={refresh} reloadKey={key} />
    </>
  );
}
