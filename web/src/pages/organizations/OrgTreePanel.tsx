import { PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Empty, Input, Space, Spin, Tag, Tooltip, Tree, type TreeDataNode } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useOrgTree } from '../../api/orgTree';
import type { OrganizationNode } from '../../api/types';
import { errorText } from '../../components/errors';
import { Highlight } from '../../components/Highlight';
import { OrgKindIcon } from '../../components/OrgKind';
import { type OrgTreeNode, buildTree, filterTree } from '../../lib/tree';
import { matchesFolded } from '../../lib/text';

/** Until the user expands or collapses: the top level, the way down to the selected node, and that node. */
function defaultExpansion(nodes: OrganizationNode[], selectedId: string | undefined): string[] {
  const keys = new Set(nodes.filter((n) => n.depth < 1).map((n) => n.id));
  if (selectedId) keys.add(selectedId);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  let parent = selectedId ? byId.get(selectedId)?.parentId : null;
  while (parent) {
    keys.add(parent);
    parent = byId.get(parent)?.parentId ?? null;
  }
  return [...keys];
}

interface Props {
  selectedId: string | undefined;
  onSelect: (id: string) => void;
  onAddRoot?: () => void;
}

export function OrgTreePanel({ selectedId, onSelect, onAddRoot }: Props) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [showDissolved, setShowDissolved] = useState(false);
  const [expanded, setExpanded] = useState<React.Key[] | null>(null);
  const [searchExpanded, setSearchExpanded] = useState<{ q: string; keys: React.Key[] } | null>(null);
  const { data, isPending, error } = useOrgTree(showDissolved);

  const roots = useMemo(() => buildTree(data ?? []), [data]);
  const q = search.trim();
  const filtered = useMemo(
    () => (q ? filterTree(roots, (n) => matchesFolded(n.name, q) || matchesFolded(n.shortName ?? '', q)) : null),
    [roots, q],
  );

  const toTreeData = (list: OrgTreeNode[]): TreeDataNode[] =>
    list.map(({ node, children }) => ({
      key: node.id,
      icon: <OrgKindIcon kind={node.kind} />,
      title: (
        <span data-testid="org-node" style={node.dissolvedOn ? { color: '#999' } : undefined}>
          <Highlight text={node.name} query={q} />
          {node.dissolvedOn && (
            <Tag style={{ marginLeft: 6 }} variant="filled">
              {t('org.dissolved')}
            </Tag>
          )}
        </span>
      ),
      children: toTreeData(children),
    }));

  const treeData = toTreeData(filtered ? filtered.tree : roots);
  const expandedKeys = filtered
    ? searchExpanded?.q === q
      ? searchExpanded.keys
      : filtered.expand
    : (expanded ?? defaultExpansion(data ?? [], selectedId));

  return (
    <Card
      className="org-tree-card"
      title={t('org.title')}
      extra={
        onAddRoot && (
          <Tooltip title={t('org.actions.addRoot')}>
            <Button size="small" icon={<PlusOutlined />} onClick={onAddRoot} aria-label={t('org.actions.addRoot')} />
          </Tooltip>
        )
      }
    >
      <Space orientation="vertical" style={{ width: '100%', marginBottom: 12 }}>
        <Input.Search
          allowClear
          placeholder={t('org.searchPlaceholder')}
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          aria-label={t('org.searchPlaceholder')}
        />
        <Checkbox checked={showDissolved} onChange={(e) => setShowDissolved(e.target.checked)}>
          {t('org.showDissolved')}
        </Checkbox>
      </Space>
      {error && <Alert type="error" showIcon title={errorText(error, t)} />}
      {isPending && <Spin />}
      {!isPending && treeData.length === 0 && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('org.noMatch')} />}
      <Tree
        showIcon
        blockNode
        treeData={treeData}
        expandedKeys={expandedKeys}
        onExpand={(keys) => (filtered ? setSearchExpanded({ q, keys }) : setExpanded(keys))}
        selectedKeys={selectedId ? [selectedId] : []}
        onSelect={(keys) => {
          const key = keys[0];
          if (key !== undefined) onSelect(String(key));
        }}
      />
    </Card>
  );
}
