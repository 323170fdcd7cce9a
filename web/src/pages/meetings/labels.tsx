import { Tag } from 'antd';
import type { AttendanceState, MeetingKind, MeetingState } from './types';
import { useMeetingsT } from './i18n';

export const STATE_COLORS: Record<MeetingState, string> = {
  planned: 'default',
  invited: 'blue',
  held: 'green',
  cancelled: 'red',
  postponed: 'orange',
};

export const ATTENDANCE_COLORS: Record<AttendanceState, string> = {
  pending: 'default',
  present: 'green',
  absent_excused: 'gold',
  absent_unexcused: 'red',
};


export function StateTag({ state, testId }: { state: MeetingState; testId?: string }) {
  const { t } = useMeetingsT();
  return (
    <Tag color={STATE_COLORS[state]} data-testid={testId}>
      {t(`states.${state}`)}
    </Tag>
  );
}

export function KindLabel({ kind }: { kind: MeetingKind }) {
  const { t } = useMeetingsT();
  return <>{t(`kinds.${kind}`)}</>;
}
