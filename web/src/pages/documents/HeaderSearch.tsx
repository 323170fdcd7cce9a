import { Input } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useMe } from '../../auth/session';
import { can } from '../../lib/permissions';
import { useDocsT } from './i18n';

/** The header's search box: Enter opens /search with the words typed (documents, registers, letters). */
export function HeaderSearch() {
  const { t } = useDocsT();
  const { data: me } = useMe();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  if (!can(me, 'documents.read') && !can(me, 'correspondence.read') && !can(me, 'letters.read')) return null;
  return (
    <Input.Search
      size="small"
      allowClear
      style={{ width: 260 }}
      placeholder={t('search.title')}
      aria-label={t('search.title')}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onSearch={(v) => v.trim() && void navigate(`/search?q=${encodeURIComponent(v.trim())}`)}
      data-testid="header-search"
    />
  );
}
