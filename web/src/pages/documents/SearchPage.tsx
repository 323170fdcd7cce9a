import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api } from '../../api/api';
import { errorText } from '../../components/errors';
import { Highlight } from '../../components/Highlight';
import { PageTitle } from '../../components/PageTitle';
import { formatDay } from '../../lib/dates';
import { useDebounced } from '../../lib/useDebounced';
import { useDocsT } from './i18n';
import { REGIMES, type Regime, SEARCH_KINDS, type SearchHit, type SearchKind } from './types';

/** The snippet with every range the server found marked. */
function Marked({ text, ranges }: { text: string; ranges: [number, number][] }) {
  const chars = [...text];
  const out: React.ReactNode[] = [];
  let at = 0;
  ranges.forEach(([a, b], i) => {
    out.push(chars.slice(at, a).join(''));
    out.push(<mark key={i} className="search-hit">{chars.slice(a, b).join('')}</mark>);
    at = b;
  });
  out.push(chars.slice(at).join(''));
  return <>{out}</>;
}

const linkOf = (h: SearchHit) => (h.kind === 'document' ? `/documents/${h.id}` : h.kind === 'letter' ? `/letters/${h.id}` : `/correspondence?open=${h.id}`);
const KIND_COLORS: Record<SearchKind, string> = { document: 'blue', incoming: 'green', letter: 'purple' };

/** /search?q=: one search over documents, the incoming register and letters, with or without diacritics. */
export function SearchPage() {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [text, setText] = useState(params.get('q') ?? '');
  const [kinds, setKinds] = useState<SearchKind[]>([]);
  const [regime, setRegime] = useState<Regime | undefined>();
  const q = useDebounced(text.trim(), 300);
  const hits = useQuery({
    queryKey: ['search', q, kinds, regime],
    queryFn: () => api.get('/api/v1/search', { query: { q, kinds: kinds.join(',') || undefined, regime, limit: 50 } }),
    enabled: q.length > 0,
  });
  const onChange = (v: string) => {
    setText(v);
    setParams(v ? { q: v } : {}, { replace: true });
  };
  return (
    <>
      <PageTitle title={t('search.title')} />
      <Card>
        <Space wrap style={{ marginBottom: 16, width: '100%' }}>
          <Input.Search autoFocus allowClear size="large" style={{ width: 480 }} placeholder={t('search.placeholder')} aria-label={t('search.title')} value={text} onChange={(e) => onChange(e.target.value)} data-testid="search-input" />
          <Select<SearchKind[]> mode="multiple" allowClear style={{ minWidth: 220 }} placeholder={t('search.allKinds')} value={kinds} onChange={setKinds} options={SEARCH_KINDS.map((k) => ({ value: k, label: t(`search.kinds.${k}`) }))} />
          <Select<Regime> allowClear style={{ width: 180 }} placeholder={t('list.allRegimes')} value={regime} onChange={setRegime} options={REGIMES.map((r) => ({ value: r, label: t(`regimes.${r}`) }))} />
        </Space>
        {hits.error && <Alert type="error" showIcon title={errorText(hits.error, tc)} />}
        {!q && <Typography.Text type="secondary">{t('search.hint')}</Typography.Text>}
        {q && hits.data?.data.length === 0 && <Empty description={t('search.none')} />}
        {q && (hits.data?.data.length ?? 0) > 0 && (
          <List<SearchHit>
            loading={hits.isFetching}
            header={t('search.results', { n: hits.data?.data.length ?? 0 })}
            dataSource={hits.data?.data ?? []}
            renderItem={(h) => (
              <List.Item data-testid="search-hit">
                <List.Item.Meta
                  title={<Space wrap><Tag color={KIND_COLORS[h.kind]}>{t(`search.kinds.${h.kind}`)}</Tag>{h.symbol && <Typography.Text strong>{h.symbol}</Typography.Text>}<Link to={linkOf(h)} data-testid="search-hit-link"><Highlight text={h.summary} query={q} /></Link><Typography.Text type="secondary">{formatDay(h.date)}</Typography.Text></Space>}
                  description={<Marked text={h.snippet} ranges={h.highlights} />}
                />
              </List.Item>
            )}
          />
        )}
      </Card>
    </>
  );
}
