import { Alert, Empty, Space, Spin, Tag, Timeline, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../components/errors';
import { formatDay } from '../../lib/dates';
import membersVi from '../../i18n/members.vi';
import { StatusTag } from './labels';
import { DECIDING_BODIES, DISCIPLINE_FORMS, type DecidingBody, type DisciplineForm, type MemberEvent } from './types';

const isDisciplineForm = (v: string): v is DisciplineForm => (DISCIPLINE_FORMS as readonly string[]).includes(v);
const isDecidingBody = (v: string): v is DecidingBody => (DECIDING_BODIES as readonly string[]).includes(v);

type EventKind = keyof typeof membersVi.eventKinds;
const isKnown = (k: string): k is EventKind => k in membersVi.eventKinds;

/** 'official_recognition' -> its name; an unknown kind is shown as sent. */
export function eventLabel(kind: string, t: TFunction<'members'>): string {
  const k = kind.replace(/-/g, '_');
  return isKnown(k) ? t(`eventKinds.${k}`) : kind;
}

/** "Quyết định số 12-QĐ/ĐU của Đảng ủy ...": the parts the event has. */
function decisionText(e: MemberEvent): string {
  const ref = [e.decisionNumber, e.decisionSymbol].filter(Boolean).join('-');
  return [ref, e.decisionIssuer].filter(Boolean).join(', ');
}

/** Details worth reading, each with its label; ids and internal fields are left out. */
const DETAIL_LABELS = {
  applicationDate: 'fields.applicationDate',
  number: 'form.certificateNumber',
  issuer: 'form.issuer',
  votesFor: 'form.votesFor',
  officialMembers: 'form.officialMembers',
  kind: 'form.transferKind',
  letterNumber: 'form.letterNumber',
  toOrganization: 'form.toOrganization',
  fromOrganization: 'form.fromOrganization',
  reference: 'form.reference',
  grounds: 'form.grounds',
  form: 'form.disciplineForm',
  decidingBody: 'form.decidingBody',
  reason: 'form.reason',
  dueOn: 'form.dueOn',
} as const;

function detailValue(key: string, v: string | number, t: TFunction<'members'>): string {
  if (typeof v === 'number') return String(v);
  if (key === 'kind' && (v === 'official' || v === 'temporary')) return t(`form.transferKinds.${v}`);
  if (key === 'form' && isDisciplineForm(v)) return t(`form.disciplineForms.${v}`);
  if (key === 'decidingBody' && isDecidingBody(v)) return t(`form.decidingBodies.${v}`);
  return /^\d{4}-\d{2}-\d{2}$/.test(v) ? formatDay(v) : v;
}

function detailLines(details: MemberEvent['details'], t: TFunction<'members'>): string[] {
  return Object.entries(DETAIL_LABELS).flatMap(([key, label]) => {
    const v = details[key];
    return typeof v === 'string' || typeof v === 'number' ? [`${t(label)}: ${detailValue(key, v, t)}`] : [];
  });
}

/** The member's life in the Party, oldest first, as the server recorded it. */
export function MemberTimeline({ events, isPending, error }: { events: MemberEvent[] | undefined; isPending: boolean; error: unknown }) {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  if (isPending) return <Spin />;
  if (error) return <Alert type="warning" showIcon title={errorText(error, tc)} />;
  if (!events || events.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('timeline.empty')} />;
  return (
    <Timeline
      items={events.map((e, i) => {
        // The status is shown where it changed, not repeated on every step.
        const changed = e.statusAfter !== null && e.statusAfter !== events[i - 1]?.statusAfter;
        const decision = decisionText(e);
        const details = detailLines(e.details ?? {}, t).join(' · ');
        return {
          key: e.id,
          color: changed ? 'red' : 'gray',
          title: formatDay(e.occurredOn),
          content: (
            <Space orientation="vertical" size={2} data-testid="member-event">
              <Space wrap size="small">
                <Typography.Text strong>{eventLabel(e.kind, t)}</Typography.Text>
                {changed && e.statusAfter && <StatusTag status={e.statusAfter} />}
                {e.details.late === true && <Tag color="red">{t('reminders.overdue')}</Tag>}
              </Space>
              {decision && (
                <Typography.Text type="secondary">
                  {t('timeline.decision')}: {decision}
                </Typography.Text>
              )}
              {details && <Typography.Text type="secondary">{details}</Typography.Text>}
              {e.note && <Typography.Text italic>{e.note}</Typography.Text>}
            </Space>
          ),
        };
      })}
    />
  );
}
