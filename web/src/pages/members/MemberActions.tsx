import { useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Empty, Space, Steps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiBody, type ApiError, api, isApiError } from '../../api/api';
import { auditKey } from '../../components/EntityHistory';
import { FormModal } from '../../components/FormModal';
import { ActionFields, toBody } from './ActionFields';
import { DANGEROUS, PIPELINE, actionsFor, doneSteps } from './labels';
import { memberEventsKey, memberKey } from './queries';
import type { Member, MemberAction, MemberEvent } from './types';

const INITIAL: Partial<Record<MemberAction, object>> = {
  'transfer-out': { kind: 'official' },
  'transfer-in': { kind: 'official' },
};

const WARNINGS = { 'probation-removal': 1, removal: 1, leave: 1, death: 1, discipline: 1 } as const;

/** Where an applicant stands in the admission steps. */
function Pipeline({ events }: { events: MemberEvent[] }) {
  const { t } = useTranslation('members');
  const done = doneSteps(events);
  const current = PIPELINE.findIndex((a) => !done.has(a));
  return (
    <Steps
      size="small"
      orientation="vertical"
      current={current < 0 ? PIPELINE.length : current}
      items={PIPELINE.map((a) => ({ title: t(`actions.names.${a}`), status: done.has(a) ? 'finish' : a === PIPELINE[current] ? 'process' : 'wait' }))}
      style={{ marginBottom: 16 }}
    />
  );
}

/** The workflows open to the member's status, each a button opening its form. */
const isRuleRefusal = (e: unknown): e is ApiError => isApiError(e) && e.status === 409 && e.code.startsWith('member.');

export function MemberActions({ member, events }: { member: Member; events: MemberEvent[] }) {
  const { t } = useTranslation('members');
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [open, setOpen] = useState<MemberAction | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const actions = actionsFor(member, events);

  const close = () => {
    setOpen(null);
    setRefusal(null);
  };
  const submit = async (action: MemberAction, values: object) => {
    setRefusal(null);
    try {
      const path = `/api/v1/members/:id/actions/${action}` as const;
      // The dialog's fields depend on the action (ActionFields): its values are typed here, at the boundary.
      const body = toBody({ ...values, version: member.version }) as ApiBody<`POST ${typeof path}`>;
      const result = await api.post(path, { params: { id: member.id }, body });
      qc.setQueryData(memberKey(member.id), result.member);
    } catch (e) {
      // A rule refused (409 member.<rule>): its sentence stays in the dialog, the form stays open.
      if (isRuleRefusal(e)) setRefusal(e.title);
      throw e;
    }
    void message.success(t('actions.done'));
    await Promise.all([
      qc.invalidateQueries({ queryKey: memberKey(member.id) }),
      qc.invalidateQueries({ queryKey: memberEventsKey(member.id) }),
      qc.invalidateQueries({ queryKey: ['members'] }),
      qc.invalidateQueries({ queryKey: auditKey('member', member.id) }),
    ]);
  };

  return (
    <>
      {member.status === 'applicant' && <Pipeline events={events} />}
      {actions.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('actions.none')} />
      ) : (
        <Space wrap>
          {actions.map((a, i) => (
            <Button
              key={a}
              type={i === 0 ? 'primary' : 'default'}
              danger={DANGEROUS.has(a)}
              onClick={() => setOpen(a)}
              data-testid={`action-${a}`}
            >
              {t(`actions.names.${a}`)}
            </Button>
          ))}
        </Space>
      )}
      {open && (
        <FormModal<object>
          open
          width={640}
          title={`${t(`actions.names.${open}`)}: ${member.fullName}`}
          onClose={close}
          okText={t(`actions.names.${open}`)}
          danger={DANGEROUS.has(open)}
          warning={open in WARNINGS ? t(`actions.warnings.${open as keyof typeof WARNINGS}`) : undefined}
          initialValues={INITIAL[open]}
          reload={[memberKey(member.id)]}
          submit={(v) => submit(open, v)}
          shownInDialog={isRuleRefusal}
        >
          {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 16 }} data-testid="action-refusal" />}
          <ActionFields action={open} memberId={member.id} />
        </FormModal>
      )}
    </>
  );
}
