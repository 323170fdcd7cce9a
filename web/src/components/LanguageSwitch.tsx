import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Lang, saveLang } from '../i18n';

export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi';
  return (
    <Segmented<Lang>
      aria-label={t('app.language')}
      size="small"
      value={lang}
      options={[
        { label: 'VI', value: 'vi' },
        { label: 'EN', value: 'en' },
      ]}
      onChange={(value) => {
        saveLang(value);
        void i18n.changeLanguage(value);
      }}
    />
  );
}
