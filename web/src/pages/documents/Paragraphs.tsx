import { Typography } from 'antd';
import { useDocsT } from './i18n';

/** The paragraphs of a text as the server numbers them for comments: the lines with text, 1 = the first. */
export const paragraphsOf = (body: string): string[] => body.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd()).filter((l) => l.trim() !== '');

/** The text as numbered paragraphs: comments point at these numbers. */
export function Paragraphs({ body }: { body: string }) {
  const { t } = useDocsT();
  const paras = paragraphsOf(body);
  if (paras.length === 0) return <Typography.Text type="secondary">{t('detail.noBody')}</Typography.Text>;
  return (
    <ol className="document-paragraphs" style={{ paddingLeft: 28, textAlign: 'justify' }}>
      {paras.map((p, i) => (
        <li key={i} value={i + 1} style={{ marginBottom: 6 }}>{p}</li>
      ))}
    </ol>
  );
}

