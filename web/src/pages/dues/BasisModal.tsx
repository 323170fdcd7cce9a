import { Form, InputNumber, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/api';
import { FormModal } from '../../components/FormModal';
import type { GridRow } from './types';

interface Values {
  kind: 'salary_percent' | 'pension_percent' | 'fixed';
  baseAmount: number;
  validFrom: string;
}

/** Sets the basis a member's monthly dues are computed from, from a month on. */
export function BasisModal({ row, year, onClose, onDone }: { row: GridRow | null; year: number; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation('dues');
  const months = Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
  const now = new Date();
  const thisMonth = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  return (
    <FormModal<Values>
      open={row !== null}
      title={t('basis.title', { name: row?.fullName ?? '' })}
      onClose={onClose}
      onDone={onDone}
      initialValues={{ kind: row?.basis?.kind ?? 'salary_percent', baseAmount: row?.basis?.baseAmount, validFrom: months.includes(thisMonth) ? thisMonth : months[0] }}
      submit={(v) => api.put('/api/v1/dues/members/:memberId/bases', { params: { memberId: row?.memberId ?? '' }, body: v })}
    >
      <Form.Item name="kind" label={t('basis.kind')} rules={[{ required: true }]}>
        <Select options={(['salary_percent', 'pension_percent', 'fixed'] as const).map((k) => ({ value: k, label: t(`basis.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item noStyle dependencies={['kind']}>
        {({ getFieldValue }) => (
          <Form.Item name="baseAmount" label={getFieldValue('kind') === 'fixed' ? t('basis.fixedAmount') : t('basis.baseAmount')} rules={[{ required: true }]}>
            <InputNumber<number> min={0} precision={0} style={{ width: '100%' }} formatter={(v) => (v ? Number(v).toLocaleString('vi-VN') : '')} parser={(v) => Number((v ?? '').replace(/\D/g, '')) || 0} />
          </Form.Item>
        )}
      </Form.Item>
      <Form.Item name="validFrom" label={t('basis.validFrom')} rules={[{ required: true }]}>
        <Select options={months.map((m) => ({ value: m, label: m.split('-').reverse().join('/') }))} />
      </Form.Item>
    </FormModal>
  );
}
