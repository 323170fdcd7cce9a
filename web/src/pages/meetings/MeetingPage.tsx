import { ArrowLeftOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, Card, Result, Spin, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { isApiError } from '../../api/api';
import { useMe } from '../../auth/session';
import { EntityHistory } from '../../components/EntityHistory';
import { errorText } from '../../components/errors';
import { can } from '../../lib/permissions';
import { AgendaTab } from './AgendaTab';
import { MeetingHeader } from './MeetingHeader';
import { MinutesTab } from './MinutesTab';
import { OutcomesTab } from './OutcomesTab';
import { ParticipantsTab } from './ParticipantsTab';
import { MEETING_TABS, type MeetingTab } from './tabs';
import { useMeeting } from './queries';
import type { Meeting } from './types';
import { useMeetingsT } from './i18n';

function NotFound() {
  const { t } = useMeetingsT();
  return <Result status="404" title="404" subTitle={<span data-testid="meeting-not-found">{t('notFound')}</span>} extra={<Link to="/meetings">{t('back')}</Link>} />;
}

export function MeetingView({ meeting }: { meeting: Meeting }) {
  const { t } = useMeetingsT();
  const { data: me } = useMe();
  const [params, setParams] = useSearchParams();
  const tab = (MEETING_TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as MeetingTab) : 'participants';
  const go = (key: MeetingTab, focus?: string | null) => setParams(focus ? { tab: key, focus } : { tab: key }, { replace: true });
  const items = [
    { key: 'participants', label: t('tabs.participants'), children: <ParticipantsTab meeting={meeting} focus={params.get('focus')} /> },
    { key: 'agenda', label: t('tabs.agenda'), children: <AgendaTab meeting={meeting} focus={params.get('focus')} /> },
    { key: 'outcomes', label: t('tabs.outcomes'), children: <OutcomesTab meeting={meeting} /> },
    { key: 'minutes', label: t('tabs.minutes'), children: <MinutesTab meeting={meeting} go={go} /> },
    ...(can(me, 'audit.read')
      ? [{ key: 'history', label: t('tabs.history'), children: <Card data-testid="meeting-history"><EntityHistory entity="meeting" entityId={meeting.id} /></Card> }]
      : []),
  ];
  return (
    <>
      <Link to="/meetings">
        <ArrowLeftOutlined /> {t('back')}
      </Link>
      <MeetingHeader meeting={meeting} />
      {meeting.frozen && <Alert type="info" icon={<LockOutlined />} showIcon title={t('frozen')} style={{ marginBottom: 16 }} data-testid="meeting-frozen" />}
      <Tabs activeKey={tab} onChange={(k) => go(k as MeetingTab)} items={items} data-testid="meeting-tabs" />
    </>
  );
}

export function MeetingPage() {
  const { id = '' } = useParams();
  const { t: tc } = useTranslation();
  const { data: meeting, isPending, error } = useMeeting(id);
  if (isPending) return <Spin />;
  if (isApiError(error) && (error.status === 404 || error.status === 403 || error.status === 400)) return <NotFound />;
  if (error) return <Alert type="error" showIcon title={errorText(error, tc)} />;
  return <MeetingView meeting={meeting} />;
}
