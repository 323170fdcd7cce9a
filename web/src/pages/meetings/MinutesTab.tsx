import { CheckCircleOutlined, FileTextOutlined, FileWordOutlined, WarningOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Empty, Form, Input, List, Popconfirm, Row, Space, Spin, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, apiUrl } from '../../api/api';
import { useMe } from '../../auth/session';
import { errorText, useErrorHandler } from '../../components/errors';
import { FormModal } from '../../components/FormModal';
import { required } from '../../components/forms';
import { formatDateTime } from '../../lib/dates';
import { can } from '../../lib/permissions';
import { MinutesPreview } from './MinutesPreview';
import { checkKey, minutesKey, useMinutesCheck, useMinutesList, useRefreshMeeting } from './queries';
import type { Meeting, Minutes, MinutesGap } from './types';
import { useMeetingsT } from './i18n';
import type { MeetingTab } from './tabs';

type Go = (tab: MeetingTab, focus?: string | null) => void;

/** Where each gap is mended. */
const GAP_TAB: Record<MinutesGap, MeetingTab> = {
  no_chair: 'participants',
  no_secretary: 'participants',
  attendance_pending: 'participants',
  absence_without_reason: 'participants',
  item_without_notes: 'agenda',
  discussion_without_opinions: 'agenda',
  resolution_without_vote: 'agenda',
  no_resolution_vote: 'agenda',
  no_conclusions: 'outcomes',
  not_held: 'participants',
};

function CheckCard({ meeting, go }: { meeting: Meeting; go: Go }) {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const check = useMinutesCheck(meeting.id);
  return (
    <Card title={t('minutes.check')} size="small" data-testid="minutes-check">
      {check.isPending && <Spin />}
      {check.error && <Alert type="warning" showIcon title={errorText(check.error, tc)} />}
      {check.data?.complete && (
        <Alert type="success" showIcon icon={<CheckCircleOutlined />} title={t('minutes.complete')} data-testid="minutes-complete" />
      )}
      {check.data && !check.data.complete && (
        <List
          size="small"
          dataSource={check.data.gaps}
          renderItem={(g) => (
            <List.Item data-testid="minutes-gap" data-code={g.code}>
              <Typography.Link onClick={() => go(GAP_TAB[g.code], g.itemId ?? g.participantIds[0] ?? null)}>
                <WarningOutlined style={{ color: '#faad14' }} /> {g.message}
              </Typography.Link>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

function CorrectionModal({ meeting, onClose }: { meeting: Meeting; onClose: () => void }) {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const refresh = useRefreshMeeting(meeting.id);
  const submit = async (v: { correctionReason: string }) => {
    await api.post('/api/v1/meetings/:id/minutes', { params: { id: meeting.id }, body: v });
    await refresh();
  };
  return (
    <FormModal<{ correctionReason: string }> open title={t('minutes.correct')} okText={t('minutes.correct')} warning={t('minutes.correctWarning')} onClose={onClose} submit={submit}>
      <Form.Item name="correctionReason" label={t('minutes.correctionReason')} rules={[required(tc, t('minutes.correctionReason'))]}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
    </FormModal>
  );
}

function useMinutesActions(meeting: Meeting) {
  const { t } = useMeetingsT();
  const { message } = App.useApp();
  const onError = useErrorHandler();
  const refresh = useRefreshMeeting(meeting.id);
  const done = async (text: string) => {
    void message.success(text);
    await refresh();
  };
  const draft = useMutation({ mutationFn: () => api.post('/api/v1/meetings/:id/minutes', { params: { id: meeting.id }, body: {} }), onSuccess: () => done(t('minutes.drafted')), onError: (e) => onError(e) });
  const approve = useMutation({
    mutationFn: (v: { m: Minutes; as: 'chair' | 'secretary' }) => api.post('/api/v1/meetings/:id/minutes/:childId/approve', { params: { id: meeting.id, childId: v.m.id }, body: { version: v.m.version, as: v.as } }),
    onSuccess: () => done(t('minutes.approved')),
    onError: (e) => onError(e, { reload: [minutesKey(meeting.id), checkKey(meeting.id)] }),
  });
  return { draft, approve };
}

function MinutesToolbar({ meeting, m, latest }: { meeting: Meeting; m: Minutes; latest: boolean }) {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const { data: me } = useMe();
  const { draft, approve } = useMinutesActions(meeting);
  const [correcting, setCorrecting] = useState(false);
  const may = can(me, 'meetings.write', meeting.organizationPath);
  const params = { id: meeting.id, childId: m.id };
  const approveButton = (as: 'chair' | 'secretary', at: string | null) =>
    at ? (
      <Tag key={as} color="success" icon={<CheckCircleOutlined />} data-testid={`approved-${as}`}>{t(`minutes.approvedAs.${as}`, { at: formatDateTime(at) })}</Tag>
    ) : (
      may && m.status === 'draft' && (
        <Popconfirm key={as} title={t(`minutes.approveConfirm.${as}`)} okText={t(`minutes.approve.${as}`)} cancelText={tc('common.cancel')} onConfirm={() => approve.mutate({ m, as })}>
          <Button type="primary" loading={approve.isPending && approve.variables?.as === as} data-testid={`approve-${as}`}>{t(`minutes.approve.${as}`)}</Button>
        </Popconfirm>
      )
    );
  return (
    <Space wrap style={{ marginBottom: 16 }}>
      <Tag color={m.status === 'approved' ? 'green' : m.status === 'draft' ? 'gold' : 'default'} data-testid="minutes-status">{t(`minutesStatus.${m.status}`)}</Tag>
      {approveButton('chair', m.chairApprovedAt)}
      {approveButton('secretary', m.secretaryApprovedAt)}
      {may && latest && m.status === 'draft' && !meeting.frozen && <Button onClick={() => draft.mutate()} loading={draft.isPending} data-testid="minutes-redraft">{t('minutes.redraft')}</Button>}
      {may && latest && m.status === 'approved' && <Button onClick={() => setCorrecting(true)} data-testid="minutes-correct">{t('minutes.correct')}</Button>}
      <Button icon={<FileWordOutlined />} href={apiUrl('/api/v1/meetings/:id/minutes/:childId/export.docx', { params })} data-testid="minutes-docx">{t('minutes.word')}</Button>
      <Button icon={<FileTextOutlined />} href={apiUrl('/api/v1/meetings/:id/minutes/:childId/export.akn.xml', { params })} data-testid="minutes-akn">{t('minutes.akn')}</Button>
      {correcting && <CorrectionModal meeting={meeting} onClose={() => setCorrecting(false)} />}
    </Space>
  );
}

function Versions({ list, selected, select }: { list: Minutes[]; selected: string; select: (id: string) => void }) {
  const { t } = useMeetingsT();
  return (
    <Card title={t('minutes.versions')} size="small">
      <Table<Minutes>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={list}
        onRow={(m) => ({ 'data-testid': 'minutes-version', onClick: () => select(m.id), style: { cursor: 'pointer', fontWeight: m.id === selected ? 600 : 400, background: m.id === selected ? '#fff1f0' : undefined } })}
        columns={[
          { title: t('minutes.versionNo'), dataIndex: 'versionNo', width: 60 },
          { title: t('fields.state'), render: (_, m) => t(`minutesStatus.${m.status}`) },
          { title: t('minutes.createdAt'), render: (_, m) => formatDateTime(m.createdAt) },
        ]}
      />
    </Card>
  );
}

/** Biên bản: draft from the record, check completeness, preview, approve, correct, download. */
export function MinutesTab({ meeting, go }: { meeting: Meeting; go: Go }) {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const { data: me } = useMe();
  const list = useMinutesList(meeting.id, meeting.minutes !== null);
  const { draft } = useMinutesActions(meeting);
  const [picked, setPicked] = useState<string | null>(null);
  const versions = list.data ?? [];
  const current = versions.find((m) => m.id === picked) ?? versions[0];
  const may = can(me, 'meetings.write', meeting.organizationPath);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={16}>
        {meeting.minutes === null ? (
          <Card>
            <Empty description={t('minutes.none')}>
              {may && (
                <Tooltip title={meeting.state === 'held' ? null : t('minutes.notHeld')}>
                  <Button type="primary" disabled={meeting.state !== 'held'} onClick={() => draft.mutate()} loading={draft.isPending} data-testid="minutes-draft">
                    {t('minutes.draft')}
                  </Button>
                </Tooltip>
              )}
            </Empty>
          </Card>
        ) : list.error ? (
          <Alert type="error" showIcon title={errorText(list.error, tc)} />
        ) : !current ? (
          <Spin />
        ) : (
          <>
            <MinutesToolbar meeting={meeting} m={current} latest={current.id === versions[0]?.id} />
            {current.correctionReason && <Alert type="info" showIcon title={t('minutes.correctionOf', { reason: current.correctionReason })} style={{ marginBottom: 12 }} />}
            <div style={{ overflowX: 'auto' }}>
              <MinutesPreview content={current.content} />
            </div>
          </>
        )}
      </Col>
      <Col xs={24} xl={8}>
        <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
          <CheckCard meeting={meeting} go={go} />
          {versions.length > 0 && current && <Versions list={versions} selected={current.id} select={setPicked} />}
        </Space>
      </Col>
    </Row>
  );
}
