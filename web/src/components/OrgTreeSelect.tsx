import { TreeSelect } from 'antd';
import { useMemo, useState } from 'react';
import { useOrgTree } from '../api/orgTree';
import type { OrganizationNode } from '../api/types';
import { type OrgTreeNode, buildTree } from '../lib/tree';
import { matchesFolded } from '../lib/text';

interface Option {
  value: string;
  title: string;
  disabled?: boolean;
  children: Option[];
}

function toOptions(list: OrgTreeNode[], disabled?: (n: OrganizationNode) => boolean): Option[] {
  return list.map(({ node, children }) => ({
    value: node.id,
    title: node.name,
    disabled: disabled?.(node) ?? false,
    children: toOptions(children, disabled),
  }));
}

export interface OrgTreeSelectProps {
  value?: string | null;
  onChange?: (value: string | null) => void;
  placeholder?: string;
  allowClear?: boolean;
  /** Organizations that cannot be chosen (e.g. the one being moved and its subtree). */
  disabled?: (node: OrganizationNode) => boolean;
  style?: React.CSSProperties;
  id?: string;
}

/**
 * Picks an organization from the visible tree; search ignores diacritics. While a search is typed the
 * matches are listed flat, without their ancestors, so that the arrows and Enter choose a match rather than
 * the committee above it.
 */
export function OrgTreeSelect({ value, onChange, placeholder, allowClear, disabled, style, id }: OrgTreeSelectProps) {
  const { data, isPending } = useOrgTree(false);
  const [search, setSearch] = useState('');
  const tree = useMemo(() => toOptions(buildTree(data ?? []), disabled), [data, disabled]);
  const matches = useMemo(
    () => (search.trim() === '' ? null : (data ?? []).filter((n) => matchesFolded(n.name, search)).map((n) => ({ value: n.id, title: n.name, disabled: disabled?.(n) ?? false, children: [] }))),
    [data, disabled, search],
  );
  return (
    <TreeSelect<string>
      id={id}
      style={{ width: '100%', ...style }}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      treeData={matches ?? tree}
      loading={isPending}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch={{ searchValue: search, onSearch: setSearch, filterTreeNode: false }}
      treeDefaultExpandAll
      popupMatchSelectWidth={false}
      listHeight={360}
    />
  );
}
