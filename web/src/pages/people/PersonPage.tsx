import { ArrowLeftOutlined, EditOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Descriptions, Row, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api } from '../../api/api';
import { useMe } from '../../auth/session';
import { EntityHistory } from '../../components/EntityHistory';
import { errorText } from '../../components/errors';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime, formatDay } from '../../lib/dates';
import { can } from '../../lib/permissions';
import { PersonFormModal, personKey } from './PersonForm';
import { PersonTimeline } from './PersonTimeline';
import { PersonTitleCard } from './PersonTitleCard';

export function PersonPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { data: me } = useMe();
  const [editing, setEditing] = useState(false);
  const { data: person, isPending, error } = useQuery({
    queryKey: personKey(id),
    queryFn: () => api.get('/api/v1/people/:id', { params: { id } }),
  });

  if (isPending) return <Spin />;
  if (error) return <Alert type="error" showIcon title={errorText(error, t)} />;

  return (
    <>
      <Link to="/people">
        <ArrowLeftOutlined /> {t('person.back')}
      </Link>
      <PageTitle
        title={<span data-testid="person-name">{person.fullName}</span>}
        sub={person.organizationName ?? undefined}
        extra={
          can(me, 'people.write') && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
              {t('person.edit')}
            </Button>
          )
        }
      />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <PersonTitleCard personId={person.id} />
            <Card title={t('person.timeline')}>
              <PersonTimeline personId={person.id} />
            </Card>
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
            <Card title={t('person.profile')} extra={person.isDemo && <Tag>{t('people.demo')}</Tag>}>
              <Descriptions
                column={1}
                size="small"
                items={[
                  { key: 'family', label: t('people.fields.familyName'), children: person.familyName },
                  { key: 'middle', label: t('people.fields.middleName'), children: person.middleName },
                  { key: 'given', label: t('people.fields.givenName'), children: person.givenName },
                  { key: 'gender', label: t('people.fields.gender'), children: person.gender ? t(`gender.${person.gender}`) : '' },
                  { key: 'birth', label: t('people.fields.birthDate'), children: formatDay(person.birthDate) },
                  {
                    key: 'org',
                    label: t('people.fields.organization'),
                    children: person.organizationId ? (
                      <Link to={`/organizations/${person.organizationId}`}>{person.organizationName}</Link>
                    ) : (
                      ''
                    ),
                  },
                  { key: 'email', label: t('people.fields.email'), children: person.email ?? '' },
                  { key: 'phone', label: t('people.fields.phone'), children: person.phone ?? '' },
                  { key: 'updated', label: t('people.fields.updatedAt'), children: formatDateTime(person.updatedAt) },
                ]}
              />
            </Card>
            {can(me, 'audit.read') && (
              <Card title={t('person.history')}>
                <EntityHistory entity="person" entityId={person.id} />
              </Card>
            )}
          </Space>
        </Col>
      </Row>
      <PersonFormModal open={editing} onClose={() => setEditing(false)} person={person} />
    </>
  );
}
