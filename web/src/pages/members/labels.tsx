import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { MEMBER_STATUSES } from '../../../../common/enums.ts';
import type { Member, MemberAction, MemberEvent, MemberStatus } from './types';

export { MEMBER_STATUSES };

export const STATUS_COLORS: Record<MemberStatus, string> = {
  applicant: 'gold',
  probationary: 'orange',
  official: 'green',
  exempt: 'cyan',
  temporarily_elsewhere: 'blue',
  transferred_out: 'purple',
  removed: 'volcano',
  expelled: 'red',
  left: 'default',
  deceased: 'default',
};

export function StatusTag({ status, testId }: { status: MemberStatus; testId?: string }) {
  const { t } = useTranslation('members');
  return (
    <Tag color={STATUS_COLORS[status]} data-testid={testId}>
      {t(`status.${status}`)}
    </Tag>
  );
}

/** Admission, in the order the rules require; the next one not yet recorded is offered. */
export const PIPELINE: MemberAction[] = ['introducers', 'course-certificate', 'cell-resolution', 'admission-decision', 'ceremony'];

/** 'course_certificate' and 'course-certificate' both name the action; events use the first. */
export const eventKindOf = (action: MemberAction) => action.replace(/-/g, '_');

/** The pipeline steps already on record, from the member's events. */
export function doneSteps(events: MemberEvent[]): Set<MemberAction> {
  const kinds = new Set(events.map((e) => e.kind.replace(/-/g, '_')));
  return new Set(PIPELINE.filter((a) => kinds.has(eventKindOf(a))));
}

/** The workflows that make sense for the member's status (the server still decides). */
export function actionsFor(member: Member, events: MemberEvent[]): MemberAction[] {
  switch (member.status) {
    case 'applicant': {
      const done = doneSteps(events);
      const next = PIPELINE.find((a) => !done.has(a));
      return next ? [next] : [];
    }
    case 'probationary':
      return [
        ...(member.ceremonyDate ? [] : (['ceremony'] as const)),
        'official-recognition',
        'probation-removal',
        'transfer-out',
        'discipline',
        'leave',
        'death',
      ];
    case 'official':
      return ['transfer-out', 'exemption', 'retirement', 'discipline', 'removal', 'leave', 'death'];
    case 'exempt':
      return ['exemption-end', 'transfer-out', 'discipline', 'removal', 'death'];
    case 'temporarily_elsewhere':
      return ['transfer-receipt', 'transfer-in', 'discipline', 'death'];
    case 'transferred_out':
      return ['transfer-receipt', 'transfer-in'];
    case 'removed':
    case 'expelled':
    case 'left':
    case 'deceased':
      return [];
  }
}

/** Actions that end or narrow membership: their button is red and their dialog warns. */
export const DANGEROUS: ReadonlySet<MemberAction> = new Set(['probation-removal', 'removal', 'leave', 'death', 'discipline']);
