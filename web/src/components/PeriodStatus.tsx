import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { today } from '../lib/dates';

/** Whether a period (a term, a membership, a holding) is running today, still to come, or over. */
export function PeriodStatus({ startsOn, endsOn }: { startsOn: string; endsOn: string | null }) {
  const { t } = useTranslation();
  const now = today();
  if (startsOn > now) return <Tag color="blue">{t('common.upcoming')}</Tag>;
  if (endsOn === null || endsOn >= now) return <Tag color="green">{t('common.current')}</Tag>;
  return <Tag>{t('common.ended')}</Tag>;
}
