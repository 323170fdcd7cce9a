import type { ReminderKind } from '../../../common/enums.ts';

/** A deadline of a member's record that is coming or passed (members.reminders.ts). */
export interface Reminder {
  kind: ReminderKind;
  memberId: string;
  fullName: string;
  cellId: string;
  cellName: string;
  /** The legal deadline. */
  dueOn: string;
  /** From when the step can (or must) be taken: the reminder shows once this is within the window. */
  opensOn: string;
  overdue: boolean;
  daysLeft: number;
  /** The deadline's days lie outside the holiday calendar: the count may have missed a holiday. */
  calendarWarning: boolean;
}
