import { DownOutlined } from '@ant-design/icons';
import { Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import type { Organization } from '../../api/types';
import { CreateOrganizationModal, DissolveModal, MergeModal, MoveModal, RenameModal } from './OrgActionModals';

type Action = 'rename' | 'move' | 'dissolve' | 'merge' | 'addChild';

export function OrgActions({ org }: { org: Organization }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [action, setAction] = useState<Action | null>(null);
  const close = () => setAction(null);
  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          onClick: ({ key }) => setAction(key as Action),
          items: [
            { key: 'addChild', label: t('org.actions.addChild') },
            { type: 'divider' },
            { key: 'rename', label: t('org.actions.rename') },
            { key: 'move', label: t('org.actions.move'), disabled: !org.parentId },
            { type: 'divider' },
            { key: 'merge', label: t('org.actions.merge'), danger: true, disabled: !org.parentId },
            { key: 'dissolve', label: t('org.actions.dissolve'), danger: true },
          ],
        }}
      >
        <Button>
          {t('org.actions.menu')} <DownOutlined />
        </Button>
      </Dropdown>
      <RenameModal org={org} open={action === 'rename'} onClose={close} />
      <MoveModal org={org} open={action === 'move'} onClose={close} />
      <DissolveModal org={org} open={action === 'dissolve'} onClose={close} />
      <MergeModal org={org} open={action === 'merge'} onClose={close} />
      <CreateOrganizationModal
        parent={org}
        open={action === 'addChild'}
        onClose={close}
        onCreated={(id) => void navigate(`/organizations/${id}`)}
      />
    </>
  );
}
