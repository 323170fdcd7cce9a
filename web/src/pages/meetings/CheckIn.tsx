import { CheckOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button, Card, Empty, Input, Radio, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { api } from '../../api/api';
import { useErrorHandler } from '../../components/errors';
import { MEMBER_STATUSES } from '../../../../common/enums.ts';
import { checkKey, meetingKey } from './queries';
import type { AttendanceState, Meeting, Participant } from './types';
import { useMeetingsT } from './i18n';
import { useTranslation } from 'react-i18next';

type Entry = { participantId: string; attendance: AttendanceState; absenceReason: string | null };
const CHOICES = ['present', 'absent_excused', 'absent_unexcused'] as const;
const ROW_TINT: Record<AttendanceState, string> = { pending: 'transparent', present: '#f6ffed', absent_excused: '#fffbe6', absent_unexcused: '#fff1f0' };
const rowStyle = (a: AttendanceState): React.CSSProperties => ({
  display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 12,
  padding: '10px 12px', borderBottom: '1px solid #f0f0f0', background: ROW_TINT[a],
});
const isMemberStatus = (s: string | null): s is (typeof MEMBER_STATUSES)[number] => (MEMBER_STATUSES as readonly string[]).includes(s ?? '');

function useSaveAttendance(meeting: Meeting) {
  const qc = useQueryClient();
  const onError = useErrorHandler();
  return useMutation({
    mutationFn: (entries: Entry[]) =>
      api.put('/api/v1/meetings/:id/attendance', { params: { id: meeting.id }, body: { entries } }),
    onSuccess: async (r) => {
      qc.setQueryData<Meeting>(meetingKey(meeting.id), (m) => (m ? { ...m, participants: r.participants, quorum: r.quorum } : m));
      await qc.invalidateQueries({ queryKey: checkKey(meeting.id) });
    },
    onError: (e) => onError(e),
  });
}

function Row({ p, disabled, focused, save }: { p: Participant; disabled: boolean; focused: boolean; save: (e: Entry[]) => void }) {
  const { t } = useMeetingsT();
  const { t: tm } = useTranslation('members');
  const [reason, setReason] = useState(p.absenceReason ?? '');
  const send = (attendance: AttendanceState, why: string) =>
    save([{ participantId: p.id, attendance, absenceReason: attendance === 'absent_excused' ? why.trim() || null : null }]);
  return (
    <div id={`participant-${p.id}`} style={{ ...rowStyle(p.attendance), ...(focused ? { outline: '2px solid #faad14' } : {}) }} data-testid="checkin-row" data-name={p.name}>
      <div style={{ flex: '1 1 240px', minWidth: 200 }}>
        <Typography.Text strong>{p.name}</Typography.Text>
        {p.isChair && <Tag color="purple" style={{ marginLeft: 8 }}>{t('roles.chair')}</Tag>}
        {p.isSecretary && <Tag color="cyan" style={{ marginLeft: 8 }}>{t('roles.secretary')}</Tag>}
        <div>
          <Typography.Text type="secondary" style={{ fontSize: 13 }}>
            {[p.kind === 'guest' ? t('participantKinds.guest') : null, isMemberStatus(p.memberStatus) ? tm(`status.${p.memberStatus}`) : null, p.title].filter(Boolean).join(' · ')}
          </Typography.Text>
        </div>
      </div>
      <Space orientation="vertical" size={4}>
        <Radio.Group
          size="large"
          optionType="button"
          buttonStyle="solid"
          disabled={disabled}
          value={p.attendance === 'pending' ? undefined : p.attendance}
          onChange={(e) => send(e.target.value as AttendanceState, reason)}
          options={CHOICES.map((c) => ({ value: c, label: t(`attendance.${c}`) }))}
        />
        {p.attendance === 'absent_excused' && (
          <Input
            placeholder={t('checkin.reason')}
            aria-label={t('checkin.reason')}
            value={reason}
            disabled={disabled}
            status={reason.trim() ? undefined : 'warning'}
            onChange={(e) => setReason(e.target.value)}
            onBlur={() => reason.trim() !== (p.absenceReason ?? '') && send('absent_excused', reason)}
            onPressEnter={() => reason.trim() !== (p.absenceReason ?? '') && send('absent_excused', reason)}
            data-testid="checkin-reason"
          />
        )}
      </Space>
    </div>
  );
}

/** The secretary's check-in list: one big choice per person, saved at once; "all present" first, then adjust. */
export function CheckIn({ meeting, writable, focus }: { meeting: Meeting; writable: boolean; focus: string | null }) {
  const { t } = useMeetingsT();
  const save = useSaveAttendance(meeting);
  const people = meeting.participants.filter((p) => p.kind !== 'unit');
  const pending = people.filter((p) => p.attendance === 'pending');
  const canCheckIn = writable && meeting.state !== 'cancelled';
  const allPresent = () => save.mutate(pending.map((p) => ({ participantId: p.id, attendance: 'present', absenceReason: null })));
  return (
    <Card
      title={t('checkin.title', { count: people.length })}
      size="small"
      data-testid="checkin"
      extra={
        canCheckIn && (
          <Button icon={<CheckOutlined />} disabled={pending.length === 0} loading={save.isPending} onClick={allPresent} data-testid="checkin-all-present">
            {t('checkin.allPresent', { count: pending.length })}
          </Button>
        )
      }
    >
      {people.length === 0 ? (
        <Empty description={t('checkin.empty')} />
      ) : (
        people.map((p) => <Row key={`${p.id}:${p.version}`} p={p} focused={focus === p.id} disabled={!canCheckIn || save.isPending} save={(e) => save.mutate(e)} />)
      )}
    </Card>
  );
}
