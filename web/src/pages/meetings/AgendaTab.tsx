import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Card, Empty, Popconfirm, Space, Tooltip } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { useErrorHandler } from '../../components/errors';
import { AgendaItemBody } from './AgendaItemBody';
import { AgendaItemModal } from './AgendaItemModal';
import { useRefreshMeeting, useWritable } from './queries';
import type { AgendaItem, Meeting } from './types';
import { useMeetingsT } from './i18n';

const childrenOf = (agenda: AgendaItem[], parentId: string | null) =>
  agenda.filter((i) => i.parentId === parentId).sort((a, b) => a.position - b.position);

type Editing = { item?: AgendaItem; parentId: string | null } | null;

interface NodeProps {
  meeting: Meeting;
  item: AgendaItem;
  siblings: AgendaItem[];
  writable: boolean;
  focus: string | null;
  edit: (e: Editing) => void;
}

function useAgendaChanges(meeting: Meeting) {
  const onError = useErrorHandler();
  const refresh = useRefreshMeeting(meeting.id);
  const reorder = useMutation({
    mutationFn: (v: { parentId: string | null; itemIds: string[] }) => api.put('/api/v1/meetings/:id/agenda-order', { params: { id: meeting.id }, body: v }),
    onSuccess: () => refresh(),
    onError: (e) => onError(e),
  });
  const remove = useMutation({ mutationFn: (id: string) => api.del('/api/v1/meetings/:id/agenda/:childId', { params: { id: meeting.id, childId: id } }), onSuccess: () => refresh(), onError: (e) => onError(e) });
  return { reorder, remove };
}

function ItemTools({ meeting, item, siblings, edit }: Omit<NodeProps, 'writable' | 'focus'>) {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const { reorder, remove } = useAgendaChanges(meeting);
  const at = siblings.findIndex((s) => s.id === item.id);
  const move = (delta: number) => {
    const ids = siblings.map((s) => s.id);
    const [moved] = ids.splice(at, 1);
    if (moved) ids.splice(at + delta, 0, moved);
    reorder.mutate({ parentId: item.parentId, itemIds: ids });
  };
  return (
    <Space size={0}>
      <Tooltip title={t('agenda.up')}><Button type="text" size="small" icon={<ArrowUpOutlined />} disabled={at <= 0} onClick={() => move(-1)} aria-label={t('agenda.up')} /></Tooltip>
      <Tooltip title={t('agenda.down')}><Button type="text" size="small" icon={<ArrowDownOutlined />} disabled={at >= siblings.length - 1} onClick={() => move(1)} aria-label={t('agenda.down')} /></Tooltip>
      <Tooltip title={t('agenda.addSub')}><Button type="text" size="small" icon={<PlusOutlined />} onClick={() => edit({ parentId: item.id })} aria-label={t('agenda.addSub')} /></Tooltip>
      <Tooltip title={tc('common.edit')}><Button type="text" size="small" icon={<EditOutlined />} onClick={() => edit({ item, parentId: item.parentId })} aria-label={tc('common.edit')} /></Tooltip>
      <Popconfirm title={t('agenda.removeConfirm')} okText={t('common.delete')} okButtonProps={{ danger: true }} cancelText={tc('common.cancel')} onConfirm={() => remove.mutate(item.id)}>
        <Button type="text" size="small" danger icon={<DeleteOutlined />} aria-label={t('common.delete')} />
      </Popconfirm>
    </Space>
  );
}

function ItemNode(props: NodeProps) {
  const { meeting, item, writable, focus } = props;
  const kids = childrenOf(meeting.agenda, item.id);
  return (
    <Card
      id={`agenda-${item.id}`}
      size="small"
      data-testid="agenda-item"
      title={<span style={{ whiteSpace: 'normal' }}>{`${item.number}. ${item.title}`}</span>}
      extra={writable && <ItemTools {...props} />}
      style={{ marginBottom: 12, ...(focus === item.id ? { borderColor: '#faad14', boxShadow: '0 0 0 2px #ffe58f' } : {}) }}
    >
      <AgendaItemBody meeting={meeting} item={item} writable={writable} />
      {kids.length > 0 && (
        <div style={{ marginTop: 12, paddingLeft: 16, borderLeft: '3px solid #f0f0f0' }}>
          {kids.map((k) => <ItemNode key={k.id} {...props} item={k} siblings={kids} />)}
        </div>
      )}
    </Card>
  );
}

/** The agenda tree: items in order with sub-items; each item's notes, speeches and votes. */
export function AgendaTab({ meeting, focus }: { meeting: Meeting; focus: string | null }) {
  const { t } = useMeetingsT();
  const writable = useWritable(meeting);
  const [editing, setEditing] = useState<Editing>(null);
  const roots = childrenOf(meeting.agenda, null);
  useEffect(() => {
    if (focus) document.getElementById(`agenda-${focus}`)?.scrollIntoView({ behavior: 'smooth', block: 'center' });
  }, [focus]);
  return (
    <>
      {writable && (
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ parentId: null })} style={{ marginBottom: 12 }} data-testid="agenda-add">
          {t('agenda.add')}
        </Button>
      )}
      {roots.length === 0 && <Empty description={t('agenda.empty')} />}
      {roots.map((item) => (
        <ItemNode key={item.id} meeting={meeting} item={item} siblings={roots} writable={writable} focus={focus} edit={setEditing} />
      ))}
      {editing && <AgendaItemModal meeting={meeting} item={editing.item} parentId={editing.parentId} onClose={() => setEditing(null)} />}
    </>
  );
}
