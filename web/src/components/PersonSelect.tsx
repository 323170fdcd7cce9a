import { useQuery } from '@tanstack/react-query';
import { Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api';
import { useDebounced } from '../lib/useDebounced';

export interface PersonSelectProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  /** Name to show for the current value before any search ran. */
  initialLabel?: string | null;
  /** Limit the choice to people of this organization's subtree. */
  organizationId?: string;
  id?: string;
  allowClear?: boolean;
}

/** Finds a person by name on the server (diacritics-insensitive) as the user types. */
export function PersonSelect({ value, onChange, initialLabel, organizationId, id, allowClear }: PersonSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 250);
  const { data, isFetching } = useQuery({
    queryKey: ['people', 'pick', q, organizationId],
    queryFn: () =>
      api.get('/api/v1/people', { query: { q, limit: 20, sort: 'name', organizationId, subtree: organizationId ? true : undefined } }),
  });
  const options = (data?.data ?? []).map((p) => ({
    value: p.id,
    label: p.fullName,
    org: p.organizationName,
  }));
  if (value && initialLabel && !options.some((o) => o.value === value)) {
    options.unshift({ value, label: initialLabel, org: '' });
  }
  return (
    <Select<string | null, (typeof options)[number]>
      id={id}
      value={value ?? null}
      onChange={(v) => onChange?.(v ?? null)}
      options={options}
      placeholder={t('people.selectPerson')}
      loading={isFetching}
      allowClear={allowClear}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      optionRender={(o) => (
        <div>
          <div>{o.data.label}</div>
          {o.data.org && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {o.data.org}
            </Typography.Text>
          )}
        </div>
      )}
      notFoundContent={isFetching ? t('common.loading') : t('people.empty')}
      style={{ width: '100%' }}
    />
  );
}
