import { Card, Col, Empty, Row } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { useOrgTree } from '../../api/orgTree';
import { useMe } from '../../auth/session';
import { can } from '../../lib/permissions';
import { CreateOrganizationModal } from './OrgActionModals';
import { OrgDetail } from './OrgDetail';
import { OrgTreePanel } from './OrgTreePanel';

export function OrganizationsPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { data: me } = useMe();
  const [addingRoot, setAddingRoot] = useState(false);
  const { data: tree } = useOrgTree(false);
  // With a single top organization in view (a cell secretary's cell), open it straight away.
  const roots = (tree ?? []).filter((n) => !n.parentId || !tree?.some((p) => p.id === n.parentId));
  const only = roots.length === 1 ? roots[0] : undefined;
  if (!id && only) return <Navigate to={`/organizations/${only.id}`} replace />;

  const select = (orgId: string) => {
    const tab = params.get('tab');
    void navigate(`/organizations/${orgId}${tab ? `?tab=${tab}` : ''}`);
  };

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} lg={9} xl={8}>
        <OrgTreePanel selectedId={id} onSelect={select} onAddRoot={me?.isSystemAdmin ? () => setAddingRoot(true) : undefined} />
      </Col>
      <Col xs={24} lg={15} xl={16}>
        {id ? (
          <OrgDetail key={id} id={id} />
        ) : (
          <Card>
            <Empty description={t('org.selectPrompt')} />
          </Card>
        )}
      </Col>
      {can(me, 'organizations.write') && (
        <CreateOrganizationModal open={addingRoot} parent={null} onClose={() => setAddingRoot(false)} onCreated={select} />
      )}
    </Row>
  );
}
