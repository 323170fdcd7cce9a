import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Form, Popconfirm, Select, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/api';
import { FormModal } from '../../components/FormModal';
import { requiredSelect } from '../../components/forms';
import { formatDay } from '../../lib/dates';
import { can } from '../../lib/permissions';
import { useDebounced } from '../../lib/useDebounced';
import { useDocsT } from './i18n';
import { useActionKit } from './useActionKit';
import { documentKey } from './queries';
import { type DocumentDetail, type DocumentRelation, RELATION_KINDS, type RelationKind } from './types';

const relationsKey = (id: string) => ['document', id, 'relations'] as const;

/** Picks the other document: searched by number, symbol or summary (diacritics ignored), never this one. */
function AddRelationModal({ d, open, onClose, onDone }: { d: DocumentDetail; open: boolean; onClose: () => void; onDone: () => void }) {
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const [typed, setTyped] = useState('');
  const q = useDebounced(typed.trim(), 300);
  const found = useQuery({
    queryKey: ['documents', 'relation-candidates', q],
    queryFn: () => api.get('/api/v1/documents', { query: { q, limit: 20 } }),
    enabled: open,
    placeholderData: keepPreviousData,
  });
  const options = (found.data?.data ?? []).filter((x) => x.id !== d.id)
    .map((x) => ({ value: x.id, label: `${x.symbol ?? t('relations.noSymbol')} — ${x.summary}` }));
  const onField = 'documentId';
  return (
    <FormModal<{ kind: RelationKind; documentId: string }>
      open={open}
      title={t('relations.add')}
      width={640}
      onClose={onClose}
      onDone={onDone}
      initialValues={{ kind: 'replaces' }}
      fieldFor={{ 'document.relation_self': onField, 'document.relation_invalid': onField, 'document.relation_exists': onField, 'document.relation_circular': onField }}
      submit={(v) => api.post('/api/v1/documents/:id/relations', { params: { id: d.id }, body: v })}
    >
      <Form.Item name="kind" label={t('relations.kind')} rules={[requiredSelect(tc, t('relations.kind'))]}>
        <Select options={RELATION_KINDS.map((k) => ({ value: k, label: t(`relations.to.${k}`) }))} />
      </Form.Item>
      <Form.Item name="documentId" label={t('relations.document')} rules={[requiredSelect(tc, t('relations.document'))]}>
        <Select showSearch filterOption={false} onSearch={setTyped} loading={found.isFetching} placeholder={t('relations.pick')} options={options} data-testid="relation-document" />
      </Form.Item>
    </FormModal>
  );
}

/**
 * Relations in both directions: "this document replaces X" and "Y amends this one", each linking to the
 * other document. Relations recorded on this document can be removed after a confirmation; those
 * recorded on the other one are changed from there.
 */
export function DocumentRelations({ d }: { d: DocumentDetail }) {
  const { t, tc, me, message, qc, onError } = useActionKit();
  const [adding, setAdding] = useState(false);
  const writable = can(me, 'documents.write');
  const list = useQuery({ queryKey: relationsKey(d.id), queryFn: () => api.get('/api/v1/documents/:id/relations', { params: { id: d.id } }), select: (r) => r.data });
  const refresh = () => {
    void qc.invalidateQueries({ queryKey: relationsKey(d.id) });
    void qc.invalidateQueries({ queryKey: documentKey(d.id), exact: true });
  };
  const remove = (r: DocumentRelation) => api.del('/api/v1/documents/:id/relations/:kind/:relatedId', { params: { id: d.id, kind: r.kind, relatedId: r.documentId } }).then(
    () => {
      void message.success(t('relations.removed'));
      refresh();
    },
    (e: unknown) => onError(e, { reload: [relationsKey(d.id)] }),
  );
  const columns: ColumnsType<DocumentRelation> = [
    { title: t('relations.kind'), key: 'kind', width: 230, render: (_, r) => t(`relations.${r.direction}.${r.kind}`) },
    {
      title: t('relations.document'), key: 'document', width: 170,
      render: (_, r) => <Link to={`/documents/${r.documentId}`}>{r.symbol ?? t('relations.noSymbol')}</Link>,
    },
    { title: t('fields.summary'), key: 'summary', render: (_, r) => [r.typeName, r.summary].join(' — ') },
    { title: t('fields.issuedOn'), dataIndex: 'issuedOn', width: 120, render: (v: string | null) => formatDay(v) },
    { title: t('fields.state'), dataIndex: 'state', width: 130, render: (_, r) => t(`states.${r.state}`) },
    ...(writable ? [{
      key: 'remove', width: 120,
      render: (_: unknown, r: DocumentRelation) => r.direction === 'to' && (
        <Popconfirm title={t('relations.removeConfirm', { relation: t(`relations.to.${r.kind}`), symbol: r.symbol ?? t('relations.noSymbol') })}
          okText={t('relations.remove')} okButtonProps={{ danger: true }} cancelText={tc('common.cancel')} onConfirm={() => remove(r)}>
          <Button size="small" danger>{t('relations.remove')}</Button>
        </Popconfirm>
      ),
    }] : []),
  ];
  return (
    <Card size="small" title={t('relations.title')} data-testid="document-relations"
      extra={writable && <Button onClick={() => setAdding(true)} data-testid="relation-add">{t('relations.add')}</Button>}>
      <Table<DocumentRelation> size="small" pagination={false} loading={list.isLoading} columns={columns} dataSource={list.data ?? []}
        rowKey={(r) => `${r.direction}|${r.kind}|${r.documentId}`} locale={{ emptyText: <Typography.Text type="secondary">{t('relations.none')}</Typography.Text> }} />
      <AddRelationModal d={d} open={adding} onClose={() => setAdding(false)} onDone={() => { void message.success(t('relations.added')); refresh(); }} />
    </Card>
  );
}
