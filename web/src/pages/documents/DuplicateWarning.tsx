import { Descriptions, Typography } from 'antd';
import type { ReactNode } from 'react';
import { formatDay } from '../../lib/dates';
import { useDocsT } from './i18n';

/** The entry a possible duplicate is about, as the server sends it with the warning. */
export interface Existing { arrivalNumber: number; year: number; receivedOn: string; sender: string; symbol: string | null; summary: string }

export function isExisting(value: unknown): value is Existing {
  return typeof value === 'object' && value !== null && 'arrivalNumber' in value && 'sender' in value;
}

/** The warning's sentence and the entry already registered: arrival number, sender, date, summary. */
export function DuplicateWarning({ text, existing }: { text: string; existing: Existing | null }) {
  const { t } = useDocsT();
  const rows: Array<[string, ReactNode]> = existing ? [
    [t('incoming.arrival'), t('duplicate.arrival', { arrival: existing.arrivalNumber, year: existing.year, date: formatDay(existing.receivedOn) })],
    [t('incoming.sender'), existing.sender],
    [t('incoming.symbol'), existing.symbol ?? '—'],
    [t('incoming.summary'), existing.summary],
  ] : [];
  return (
    <div data-testid="incoming-duplicate">
      <Typography.Paragraph>{text}</Typography.Paragraph>
      {existing && (
        <Descriptions size="small" bordered column={1} title={t('duplicate.existing')} items={rows.map(([label, children], i) => ({ key: i, label, children }))} />
      )}
      <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>{t('duplicate.question')}</Typography.Paragraph>
    </div>
  );
}
