import { DatePicker, Form, Segmented, Space, TimePicker } from 'antd';
import type { Rule } from 'antd/es/form';
import type { Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { requiredSelect } from '../../components/forms';
import { useMeetingsT } from './i18n';
import { HALF_DAYS, type HalfDay, at } from './time';

/** Morning or afternoon in one click: sets both times. */
function HalfDayShortcut() {
  const { t } = useMeetingsT();
  const form = Form.useFormInstance();
  const pick = (h: HalfDay) => {
    const { from, to } = HALF_DAYS[h];
    form.setFieldsValue({ startsAt: at(from[0], from[1]), endsAt: at(to[0], to[1]) });
  };
  return (
    <Segmented<HalfDay | ''>
      value=""
      onChange={(v) => v && pick(v)}
      options={[
        { value: 'morning', label: t('create.morning') },
        { value: 'afternoon', label: t('create.afternoon') },
      ]}
      data-testid="meeting-halfday"
    />
  );
}

/**
 * The day and the times of a meeting, as fields `day`, `startsAt` and `endsAt` (the server's names,
 * so its field errors land here), with the morning/afternoon shortcut.
 */
export function TimeFields({ required = true, dayLabel }: { required?: boolean; dayLabel?: string }) {
  const { t } = useMeetingsT();
  const { t: tc } = useTranslation();
  const need = (label: string): Rule[] => (required ? [requiredSelect(tc, label)] : []);
  const endsAfterStart: Rule = ({ getFieldValue }) => ({
    validator: (_, v: Dayjs | undefined) => {
      const from = getFieldValue('startsAt') as Dayjs | undefined;
      return !v || !from || v.isAfter(from) ? Promise.resolve() : Promise.reject(new Error(t('create.endBeforeStart')));
    },
  });
  const day = dayLabel ?? t('create.day');
  return (
    <Space wrap align="start">
      <Form.Item name="day" label={day} rules={need(day)}>
        <DatePicker format="DD/MM/YYYY" />
      </Form.Item>
      <Form.Item name="startsAt" label={t('create.from')} rules={need(t('create.from'))}>
        <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} />
      </Form.Item>
      <Form.Item name="endsAt" label={t('create.to')} dependencies={['startsAt']} rules={[...need(t('create.to')), endsAfterStart]}>
        <TimePicker format="HH:mm" minuteStep={5} needConfirm={false} />
      </Form.Item>
      <Form.Item label={t('create.halfDay')}>
        <HalfDayShortcut />
      </Form.Item>
    </Space>
  );
}
