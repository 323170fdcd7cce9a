import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { CLEARANCES, clearanceKey } from '../../lib/enums';

/** Không / Mật / Tối mật / Tuyệt mật: the highest secrecy level the user may read. */
export function ClearanceSelect({ value, onChange, id }: { value?: number; onChange?: (v: number) => void; id?: string }) {
  const { t } = useTranslation();
  return (
    <Select<number>
      id={id}
      value={value}
      onChange={onChange}
      style={{ width: 200 }}
      options={CLEARANCES.map((c) => ({ value: c, label: t(`clearance.${clearanceKey(c)}`) }))}
    />
  );
}
