import { FileExcelOutlined, FileWordOutlined } from '@ant-design/icons';
import { Button, DatePicker, Segmented, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { apiUrl } from '../../api/api';
import { DISPLAY_DAY, toDay } from '../../lib/dates';
import { useDocsT } from './i18n';

/**
 * Excel and Word of a register, for a year or a range of days;
 * `book` prints one organization's book (its year the one chosen), null the combined view.
 */
export function ExportButtons({ register, testId, book }: { register: 'incoming' | 'outgoing-register'; testId: string; book?: { organizationId: string; year: number } | null }) {
  const { t } = useDocsT();
  const [mode, setMode] = useState<'year' | 'range'>('year');
  const [year, setYear] = useState<Dayjs>(dayjs());
  const [bookYear, setBookYear] = useState(book?.year);
  // Choosing another book prints that book's year.
  if (book && book.year !== bookYear) {
    setBookYear(book.year);
    setYear(dayjs().year(book.year));
  }
  const [range, setRange] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const period = mode === 'year' ? { year: year.year() } : { from: toDay(range?.[0]), to: toDay(range?.[1]) };
  const query = { ...period, organizationId: book?.organizationId };
  return (
    <Space wrap>
      <Segmented<'year' | 'range'> value={mode} onChange={setMode} options={[{ value: 'year', label: t('export.year') }, { value: 'range', label: t('export.range') }]} />
      {mode === 'year' ? (
        <DatePicker picker="year" allowClear={false} value={year} onChange={(v) => v && setYear(v)} style={{ width: 100 }} />
      ) : (
        <DatePicker.RangePicker format={DISPLAY_DAY} value={range} onChange={(v) => setRange(v)} />
      )}
      <Button icon={<FileExcelOutlined />} href={apiUrl(`/api/v1/${register}/export.xlsx`, { query })} data-testid={`${testId}-xlsx`}>{t('export.excel')}</Button>
      <Button icon={<FileWordOutlined />} href={apiUrl(`/api/v1/${register}/export.docx`, { query })} data-testid={`${testId}-docx`}>{t('export.word')}</Button>
    </Space>
  );
}
