import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import documentsEn from './documents.en';
import documentsVi from './documents.vi';
import duesEn from './dues.en';
import duesVi, { type DuesMessages } from './dues.vi';
import en from './en';
import meetingsEn from './meetings.en';
import meetingsVi from './meetings.vi';
import membersEn from './members.en';
import membersVi, { type MembersMessages } from './members.vi';
import registerImportEn from './register-import.en';
import registerImportVi from './register-import.vi';
import vi, { type Messages } from './vi';
import workEn from './work.en';
import workVi from './work.vi';

export type Lang = 'vi' | 'en';
export const LANGS: Lang[] = ['vi', 'en'];
const STORAGE_KEY = 'congtac.lang';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    // One namespace per module: useTranslation('members') reads members.vi.ts / members.en.ts.
    // 'meetings' and 'work' are typed by their own hooks (pages/*/i18n.ts): one more namespace in this union
    // would push nested t() calls past TypeScript's instantiation depth (TS2589).
    resources: { translation: Messages; members: MembersMessages; dues: DuesMessages };
  }
}

export function storedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}

export function saveLang(lang: Lang) {
  try {
    localStorage.setItem(STORAGE_KEY, lang);
  } catch {
    // private mode: the choice lasts for this page only
  }
}

void i18n.use(initReactI18next).init({
  resources: {
    vi: { translation: vi, members: membersVi, dues: duesVi, meetings: meetingsVi, work: workVi, documents: documentsVi, registerImport: registerImportVi },
    en: { translation: en, members: membersEn, dues: duesEn, meetings: meetingsEn, work: workEn, documents: documentsEn, registerImport: registerImportEn },
  },
  lng: storedLang(),
  fallbackLng: 'vi',
  interpolation: { escapeValue: false },
  initAsync: false,
});

export default i18n;
