import type { OrganizationNode } from '../api/types';

export interface OrgTreeNode {
  node: OrganizationNode;
  children: OrgTreeNode[];
}

/** Builds the nested tree from the server's flat list (parents first), children by sortOrder then name. */
export function buildTree(nodes: OrganizationNode[]): OrgTreeNode[] {
  const byId = new Map<string, OrgTreeNode>();
  const roots: OrgTreeNode[] = [];
  for (const node of nodes) byId.set(node.id, { node, children: [] });
  for (const node of nodes) {
    const item = byId.get(node.id);
    if (!item) continue;
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    if (parent) parent.children.push(item);
    else roots.push(item);
  }
  const sort = (list: OrgTreeNode[]) => {
    list.sort((a, b) => a.node.sortOrder - b.node.sortOrder || a.node.name.localeCompare(b.node.name, 'vi'));
    for (const item of list) sort(item.children);
  };
  sort(roots);
  return roots;
}

/**
 * Keeps the nodes that match and the ancestors that lead to them (and, under a matching node, its
 * whole subtree). Returns the filtered tree and the ids to expand.
 */
export function filterTree(
  roots: OrgTreeNode[],
  matches: (node: OrganizationNode) => boolean,
): { tree: OrgTreeNode[]; expand: string[] } {
  const expand: string[] = [];
  const walk = (list: OrgTreeNode[]): OrgTreeNode[] => {
    const out: OrgTreeNode[] = [];
    for (const item of list) {
      if (matches(item.node)) {
        out.push(item);
        continue;
      }
      const children = walk(item.children);
      if (children.length > 0) {
        expand.push(item.node.id);
        out.push({ node: item.node, children });
      }
    }
    return out;
  };
  return { tree: walk(roots), expand };
}

/** The ids of `id` and everything below it, from the flat list (parents first). */
export function subtreeIds(nodes: OrganizationNode[], id: string): Set<string> {
  const ids = new Set([id]);
  for (const n of nodes) if (n.parentId && ids.has(n.parentId)) ids.add(n.id);
  return ids;
}
