import i18n from '../i18n';
import { AUDIT_LABELS } from '../i18n/audit-labels';

type Tree = { [key: string]: string | Tree };

function lookup(tree: Tree, dotted: string): string | undefined {
  const [head, ...rest] = dotted.split('.');
  const node = head === undefined ? undefined : tree[head];
  if (node === undefined) return undefined;
  if (typeof node === 'string') return rest.length === 0 ? node : undefined;
  return lookup(node, rest.join('.'));
}

const labels = () => AUDIT_LABELS[i18n.language === 'en' ? 'en' : 'vi'];

/** "organization.created" -> "Thêm tổ chức"; codes the catalogue does not know are shown as they are. */
export function actionLabel(action: string): string {
  return lookup(labels().actions, action) ?? action;
}

export function entityLabel(entity: string): string {
  return lookup(labels().entities, entity) ?? entity;
}

/** The stored actor label, or the words for a system actor ('seed': the initial data import). */
export function actorLabel(label: string): string {
  const actors: Record<string, string> = labels().actors;
  return actors[label] ?? label;
}
