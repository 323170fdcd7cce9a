import { Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { isPartyKind } from '../../../../common/enums.ts';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { yearOptions } from './useCellYear';

/** The organization (party organizations only) and year pickers at the top of each page. */
export function CellYearBar(props: { cellId: string | null; year: number; onChange: (v: { cellId?: string | null; year?: number }) => void; label?: string }) {
  const { t } = useTranslation('dues');
  return (
    <Space wrap>
      <OrgTreeSelect
        id="dues-cell"
        style={{ width: 340 }}
        placeholder={props.label ?? t('chooseCell')}
        value={props.cellId}
        disabled={(n) => !isPartyKind(n.kind)}
        onChange={(v) => props.onChange({ cellId: v })}
      />
      <Select aria-label={t('year')} style={{ width: 100 }} value={props.year} options={yearOptions()} onChange={(y) => props.onChange({ year: y })} />
    </Space>
  );
}
