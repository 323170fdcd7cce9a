import { ApartmentOutlined, BankOutlined, FlagOutlined, TeamOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { OrganizationKind } from '../api/types';

const PARTY = '#c8102e';

export function OrgKindIcon({ kind }: { kind: OrganizationKind }) {
  const { t } = useTranslation();
  return (
    <span title={t(`kinds.${kind}`)} role="img" aria-label={t(`kinds.${kind}`)}>
      <KindGlyph kind={kind} />
    </span>
  );
}

function KindGlyph({ kind }: { kind: OrganizationKind }) {
  switch (kind) {
    case 'superior_committee':
    case 'grassroots_committee':
    case 'intermediate_committee':
      return <FlagOutlined style={{ color: PARTY }} />;
    case 'cell_under_committee':
    case 'grassroots_cell':
    case 'party_group':
      return <FlagOutlined style={{ color: '#e8684a' }} />;
    case 'agency':
      return <BankOutlined style={{ color: '#1d5fa8' }} />;
    case 'department':
      return <ApartmentOutlined style={{ color: '#1d5fa8' }} />;
    case 'mass_organization':
      return <TeamOutlined style={{ color: '#2e8b57' }} />;
  }
}

const COLOR: Record<OrganizationKind, string> = {
  superior_committee: 'volcano',
  grassroots_committee: 'red',
  intermediate_committee: 'red',
  cell_under_committee: 'orange',
  grassroots_cell: 'orange',
  party_group: 'gold',
  agency: 'blue',
  department: 'geekblue',
  mass_organization: 'green',
};

export function OrgKindTag({ kind }: { kind: OrganizationKind }) {
  const { t } = useTranslation();
  return <Tag color={COLOR[kind]}>{t(`kinds.${kind}`)}</Tag>;
}
