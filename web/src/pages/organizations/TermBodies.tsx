import { PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, DatePicker, Empty, Form, Space, Spin, Table, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/api';
import type { Body, BodyMember } from '../../api/types';
import { errorText } from '../../components/errors';
import { FormModal } from '../../components/FormModal';
import { requiredSelect } from '../../components/forms';
import { PeriodStatus } from '../../components/PeriodStatus';
import { DISPLAY_DAY, formatDay, fromDay, toDay } from '../../lib/dates';
import { BODY_KINDS } from '../../lib/enums';
import { HolderFields } from './HolderFields';
import { refreshOrganization, useTerm } from './queries';

export function TermBodies({ termId, writable }: { termId: string; writable: boolean }) {
  const { t } = useTranslation();
  const { data: term, isPending, error } = useTerm(termId);
  if (isPending) return <Spin />;
  if (error || !term) return <Alert type="error" showIcon title={errorText(error, t)} />;
  if (term.bodies.length === 0) return <Empty description={t('terms.noBodies')} />;
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {[...term.bodies].sort((a, b) => BODY_KINDS.indexOf(a.kind) - BODY_KINDS.indexOf(b.kind)).map((body) => (
        <BodyCard key={body.id} body={body} writable={writable && !term.endsOn} />
      ))}
    </Space>
  );
}

type Ending = { kind: 'add' } | { kind: 'end'; member: BodyMember } | null;

function BodyCard({ body, writable }: { body: Body; writable: boolean }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [dialog, setDialog] = useState<Ending>(null);
  const close = () => setDialog(null);
  const done = (text: string) => {
    void message.success(text);
    void refreshOrganization(qc);
  };
  const members = [...body.members].sort((a, b) => Number(Boolean(a.endsOn)) - Number(Boolean(b.endsOn)));
  return (
    <Card
      size="small"
      data-testid="body-card"
      title={
        <Space>
          {t(`bodyKinds.${body.kind}`)}
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {body.endsOn ? t('common.period', { from: formatDay(body.startsOn), to: formatDay(body.endsOn) }) : t('common.since', { from: formatDay(body.startsOn) })}
          </Typography.Text>
        </Space>
      }
      extra={
        writable && (
          <Button size="small" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'add' })}>
            {t('terms.addMember')}
          </Button>
        )
      }
    >
      <Table<BodyMember>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={members}
        locale={{ emptyText: t('terms.noMembers') }}
        columns={[
          { title: t('terms.members'), dataIndex: 'fullName', render: (name: string, m) => <Link to={`/people/${m.personId}`}>{name}</Link> },
          { title: t('common.startsOn'), dataIndex: 'startsOn', width: 120, render: (d: string) => formatDay(d) },
          {
            title: t('common.endsOn'),
            dataIndex: 'endsOn',
            width: 120,
            render: (d: string | null, m) => (d ? formatDay(d) : <PeriodStatus startsOn={m.startsOn} endsOn={null} />),
          },
          ...(writable
            ? [{
                key: 'actions',
                width: 110,
                render: (_: unknown, m: BodyMember) =>
                  !m.endsOn && (
                    <Button size="small" type="link" onClick={() => setDialog({ kind: 'end', member: m })}>
                      {t('common.end')}
                    </Button>
                  ),
              }]
            : []),
        ]}
      />
      <FormModal<{ personId: string; startsOn: Dayjs }>
        open={dialog?.kind === 'add'}
        onClose={close}
        title={`${t('terms.addMember')}: ${t(`bodyKinds.${body.kind}`)}`}
        initialValues={{ startsOn: fromDay(body.startsOn) ?? dayjs() }}
        onDone={() => done(t('terms.memberAdded'))}
        submit={(v) => api.post('/api/v1/bodies/:id/members', { params: { id: body.id }, body: { personId: v.personId, startsOn: toDay(v.startsOn) } })}
      >
        <HolderFields />
      </FormModal>
      <FormModal<{ endsOn: Dayjs }>
        open={dialog?.kind === 'end'}
        onClose={close}
        title={dialog?.kind === 'end' ? `${t('common.end')}: ${dialog.member.fullName}` : ''}
        okText={t('common.confirm')}
        danger
        initialValues={{ endsOn: dayjs() }}
        onDone={() => done(t('terms.memberEnded'))}
        submit={(v) => (dialog?.kind === 'end' ? api.post('/api/v1/body-members/:id/end', { params: { id: dialog.member.id }, body: { endsOn: toDay(v.endsOn) } }) : Promise.resolve())}
      >
        <Form.Item name="endsOn" label={t('common.endConfirm')} rules={[requiredSelect(t, t('common.endConfirm'))]}>
          <DatePicker format={DISPLAY_DAY} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
