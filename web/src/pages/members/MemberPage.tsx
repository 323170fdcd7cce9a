import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Result, Row, Space, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '../../api/api';
import { useMe } from '../../auth/session';
import { EntityHistory } from '../../components/EntityHistory';
import { errorText } from '../../components/errors';
import { PageTitle } from '../../components/PageTitle';
import { formatDay } from '../../lib/dates';
import { can } from '../../lib/permissions';
import { StatusTag } from './labels';
import { MemberActions } from './MemberActions';
import { MemberRecord } from './MemberRecord';
import { MemberTimeline } from './MemberTimeline';
import { useMember, useMemberEvents } from './queries';
import type { Member } from './types';

export function MemberNotFound() {
  const { t } = useTranslation('members');
  const { data: me } = useMe();
  return (
    <Result
      status="404"
      title="404"
      subTitle={<span data-testid="member-not-found">{t('notFound')}</span>}
      extra={<Link to="/members">{can(me, 'members.read') ? t('back') : t('myRecord')}</Link>}
    />
  );
}

/** One member: the record, the workflows open to their status, their history in the Party, the audit trail. */
export function MemberView({ member, own = false }: { member: Member; own?: boolean }) {
  const { t } = useTranslation('members');
  const { data: me } = useMe();
  const events = useMemberEvents(member.id);
  const writable = !own && can(me, 'members.write', member.cellPath);
  const sub = [
    member.cellName,
    member.partyAgeYears !== null ? `${t('fields.partyAge')}: ${t('partyAgeYears', { count: member.partyAgeYears })}` : null,
    member.status === 'probationary' && member.probationEndsOn ? `${t('fields.probationEndsOn')}: ${formatDay(member.probationEndsOn)}` : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <>
      {!own && (
        <Link to="/members">
          <ArrowLeftOutlined /> {t('back')}
        </Link>
      )}
      <PageTitle
        title={
          <Space wrap>
            <span data-testid="member-name">{own ? `${t('myRecord')}: ${member.fullName}` : member.fullName}</span>
            <StatusTag status={member.status} />
          </Space>
        }
        sub={sub}
      />
      {own && <Alert type="info" showIcon title={t('record.readOnly')} style={{ marginBottom: 16 }} />}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            {writable && (
              <Card title={t('actions.title')} data-testid="member-actions">
                {events.data ? <MemberActions member={member} events={events.data} /> : <Spin />}
              </Card>
            )}
            <Card title={t('timeline.title')}>
              <MemberTimeline events={events.data} isPending={events.isPending} error={events.error} />
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <MemberRecord member={member} editable={writable} />
            {!own && can(me, 'audit.read') && (
              <Card title={t('history')}>
                <div style={{ overflowX: 'auto' }}>
                  <EntityHistory entity="member" entityId={member.id} />
                </div>
              </Card>
            )}
          </Space>
        </Col>
      </Row>
    </>
  );
}

export function MemberPage() {
  const { id = '' } = useParams();
  const { t: tc } = useTranslation();
  const { data: member, isPending, error } = useMember(id);
  if (isPending) return <Spin />;
  if (isApiError(error) && (error.status === 404 || error.status === 403 || error.status === 400)) return <MemberNotFound />;
  if (error) return <Alert type="error" showIcon title={errorText(error, tc)} />;
  return <MemberView member={member} />;
}
