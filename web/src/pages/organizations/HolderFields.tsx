import { DatePicker, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { requiredSelect } from '../../components/forms';
import { PersonSelect } from '../../components/PersonSelect';
import { DISPLAY_DAY } from '../../lib/dates';

/** Who takes up a post or a seat in a body, and from when. */
export function HolderFields() {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="personId" label={t('posts.person')} rules={[requiredSelect(t, t('posts.person'))]}>
        <PersonSelect />
      </Form.Item>
      <Form.Item name="startsOn" label={t('common.startsOn')} rules={[requiredSelect(t, t('common.startsOn'))]}>
        <DatePicker format={DISPLAY_DAY} />
      </Form.Item>
    </>
  );
}
