import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import viVN from 'antd/es/locale/vi_VN';
import dayjs from 'dayjs';
import 'dayjs/locale/en';
import 'dayjs/locale/vi';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router-dom';
import { isApiError, setApiLanguage } from './api/api';
import { AuthProvider } from './auth/AuthProvider';
import { router } from './routes';

/**
 * Ant Design's Vietnamese locale asks for a "thời điểm" (an instant) in every date field; an office form
 * asks for a day. Fields that take a time say so in their own placeholder. The ES build of the locale is
 * imported: the CommonJS one reaches the bundle wrapped in a second `default`, so its fields cannot be read.
 */
const viLocale = viVN.DatePicker
  ? { ...viVN, DatePicker: { ...viVN.DatePicker, lang: { ...viVN.DatePicker.lang, placeholder: 'Chọn ngày' } } }
  : viVN;

function makeQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Client errors (4xx) will not get better by asking again.
        retry: (count, error) => !(isApiError(error) && error.status >= 400 && error.status < 500) && count < 2,
      },
    },
  });
}

export function App() {
  const { i18n } = useTranslation();
  const [queryClient] = useState(makeQueryClient);
  const lang = i18n.language === 'en' ? 'en' : 'vi';
  setApiLanguage(lang);
  dayjs.locale(lang);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  return (
    <ConfigProvider
      locale={lang === 'en' ? enUS : viLocale}
      theme={{ token: { colorPrimary: '#c8102e', borderRadius: 6, fontFamily: "'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif" } }}
    >
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <AuthProvider>
            <RouterProvider router={router} />
          </AuthProvider>
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
