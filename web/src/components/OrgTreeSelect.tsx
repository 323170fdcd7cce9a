import { TreeSelect } from 'antd';
import { useMemo } from 'react';
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

/** Picks an organization from the visible tree; search ignores diacritics. */
export function OrgTreeSelect({ value, onChange, placeholder, allowClear, disabled, style, id }: OrgTreeSelectProps) {
  const { data, isPending } = useOrgTree(false);
  const treeData = useMemo(() => toOptions(buildTree(data ?? []), disabled), [data, disabled]);
  return (
    <TreeSelect<string>
      id={id}
      style={{ width: '100%', ...style }}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? null)}
      treeData={treeData}
      loading={isPending}
      placeholder={placeholder}
      allowClear={allowClear}
      showSearch={{ filterTreeNode: (input, node) => matchesFolded(String(node.title ?? ''), input) }}
      treeDefaultExpandAll
      popupMatchSelectWidth={false}
      listHeight={360}
    />
  );
}
