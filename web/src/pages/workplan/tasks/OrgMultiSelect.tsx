import { TreeSelect } from 'antd';
import { useMemo } from 'react';
import { useOrgTree } from '../../../api/orgTree';
import { type OrgTreeNode, buildTree } from '../../../lib/tree';
import { matchesFolded } from '../../../lib/text';

interface Option {
  value: string;
  title: string;
  children: Option[];
}

const toOptions = (list: OrgTreeNode[]): Option[] => list.map(({ node, children }) => ({ value: node.id, title: node.name, children: toOptions(children) }));

/** Several organizations picked from the visible tree (co-operating units, reporters); search ignores diacritics. */
export function OrgMultiSelect({ value, onChange, id, placeholder }: { value?: string[]; onChange?: (v: string[]) => void; id?: string; placeholder?: string }) {
  const { data, isPending } = useOrgTree(false);
  const treeData = useMemo(() => toOptions(buildTree(data ?? [])), [data]);
  return (
    <TreeSelect<string[]>
      id={id}
      multiple
      treeCheckable
      showCheckedStrategy={TreeSelect.SHOW_ALL}
      treeCheckStrictly={false}
      style={{ width: '100%' }}
      value={value ?? []}
      onChange={(v) => onChange?.(v)}
      treeData={treeData}
      loading={isPending}
      placeholder={placeholder}
      maxTagCount="responsive"
      showSearch={{ filterTreeNode: (input, node) => matchesFolded(String(node.title ?? ''), input) }}
      treeDefaultExpandAll
      listHeight={360}
    />
  );
}
