import { Button, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNil = (v: unknown): v is null | undefined => v === null || v === undefined;

function show(v: unknown): string {
  if (v === undefined) return '';
  if (typeof v === 'string') return v;
  return JSON.stringify(v, null, 2);
}

interface Row {
  key: string;
  before: string;
  after: string;
  changed: boolean;
}

/** Before and after side by side, one row per field; changed fields are highlighted and listed first. */
export function JsonDiff({ before, after }: { before: unknown; after: unknown }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  if (isNil(before) && isNil(after)) return <Typography.Text type="secondary">{t('audit.noChange')}</Typography.Text>;

  if (!isObject(before ?? {}) || !isObject(after ?? {})) {
    return (
      <div className="json-diff" style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
        <pre>{show(before)}</pre>
        <pre>{show(after)}</pre>
      </div>
    );
  }
  const b = (before ?? {}) as Json;
  const a = (after ?? {}) as Json;
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  const rows: Row[] = keys.map((key) => {
    const bs = key in b ? show(b[key]) : '';
    const as = key in a ? show(a[key]) : '';
    return { key, before: bs, after: as, changed: !isNil(before) && !isNil(after) && bs !== as };
  });
  rows.sort((x, y) => Number(y.changed) - Number(x.changed));
  const changed = rows.filter((r) => r.changed);
  // An update shows what changed; the unchanged fields are one click away.
  const shown = all || changed.length === 0 ? rows : changed;

  return (
    <>
    <Table<Row>
      className="json-diff"
      size="small"
      pagination={false}
      rowKey="key"
      dataSource={shown}
      rowClassName={(r) => (r.changed ? 'changed' : '')}
      columns={[
        { title: '', dataIndex: 'key', width: 180, render: (k: string) => <Typography.Text code>{k}</Typography.Text> },
        ...(isNil(before) ? [] : [{ title: t('audit.before'), dataIndex: 'before', render: (v: string) => <pre>{v}</pre> }]),
        ...(isNil(after) ? [] : [{ title: t('audit.after'), dataIndex: 'after', render: (v: string) => <pre>{v}</pre> }]),
      ]}
    />
    {shown.length < rows.length && (
      <Button type="link" size="small" onClick={() => setAll(true)}>
        {t('audit.showAllFields', { n: rows.length - shown.length })}
      </Button>
    )}
    </>
  );
}
