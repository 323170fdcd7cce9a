import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Card, Descriptions, Space, Tabs, Timeline, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { isApiError } from '../../api/api';
import { EntityHistory } from '../../components/EntityHistory';
import { errorText } from '../../components/errors';
import { PageTitle } from '../../components/PageTitle';
import { formatDateTime, formatDay } from '../../lib/dates';
import { CommentsTab } from './CommentsTab';
import { DocumentActions } from './DocumentActions';
import { DocumentFiles } from './DocumentFiles';
import { DocumentRelations } from './DocumentRelations';
import { type DocsKey, useDocsT } from './i18n';
import { Markings, StateTag } from './labels';
import { Paragraphs } from './Paragraphs';
import { useDocument } from './queries';
import type { DocumentDetail } from './types';
import { VersionsTab } from './VersionsTab';

function TextTab({ d }: { d: DocumentDetail }) {
  const { t } = useDocsT();
  const eventLabel = (kind: string) => t(`events.${kind}` as DocsKey);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
        <Descriptions.Item label={t('fields.type')}>{d.typeName}</Descriptions.Item>
        <Descriptions.Item label={t('fields.regime')}>{t(`regimes.${d.regime}`)}</Descriptions.Item>
        <Descriptions.Item label={t('fields.organization')}>{d.organizationName}</Descriptions.Item>
        <Descriptions.Item label={t('fields.signer')}>
          {[d.authorityLabel && `${d.authorityLabel} ${d.authorityFor ?? ''}`.trim(), d.signerTitle, d.signerName].filter(Boolean).join(' — ') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('fields.signedOn')}>{formatDay(d.signedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('fields.issuedOn')}>{formatDay(d.issuedOn)}</Descriptions.Item>
        <Descriptions.Item label={t('fields.recipients')} span={2}>{d.recipients.join('; ') || '—'}</Descriptions.Item>
        {d.circulation.length > 0 && <Descriptions.Item label={t('fields.circulation')} span={2}>{d.circulation.join('; ')}</Descriptions.Item>}
      </Descriptions>
      <DocumentRelations d={d} />
      <DocumentFiles d={d} />
      <Card size="small" title={t('fields.body')}>
        <Paragraphs body={d.body} />
      </Card>
      <Card size="small" title={t('detail.events')}>
        <Timeline
          items={d.events.map((e) => ({
            children: (
              <>
                <Typography.Text strong>{eventLabel(e.kind)}</Typography.Text> · {formatDateTime(e.at)} {e.actor && `· ${e.actor}`}
                {e.note && <div>{e.note}</div>}
              </>
            ),
          }))}
        />
      </Card>
    </Space>
  );
}

/** /documents/:id: a document with its number, actions, text, versions, comment rounds and history. */
export function DocumentPage() {
  const { id = '' } = useParams();
  const { t } = useDocsT();
  const { t: tc } = useTranslation();
  const doc = useDocument(id);
  const back = <Link to="/documents"><ArrowLeftOutlined /> {t('back')}</Link>;
  if (doc.error) {
    const missing = isApiError(doc.error) && doc.error.status === 404;
    return <>{back}<Alert style={{ marginTop: 16 }} type="error" showIcon title={missing ? t('notFound') : errorText(doc.error, tc)} /></>;
  }
  const d = doc.data;
  if (!d) return <Card loading />;
  return (
    <>
      {back}
      <PageTitle
        title={d.summary}
        sub={
          <Space wrap>
            <Typography.Text strong data-testid="document-number">{d.printedNumber ?? t('detail.noNumber')}</Typography.Text>
            <StateTag state={d.state} />
            <Markings urgency={d.urgency} secrecy={d.secrecy} />
          </Space>
        }
        extra={<DocumentActions d={d} />}
      />
      <Card>
        <Tabs
          items={[
            { key: 'text', label: t('tabs.text'), children: <TextTab d={d} /> },
            { key: 'versions', label: t('tabs.versions'), children: <VersionsTab d={d} /> },
            { key: 'comments', label: t('tabs.comments'), children: <CommentsTab d={d} /> },
            { key: 'history', label: t('tabs.history'), children: <EntityHistory entity="document" entityId={d.id} /> },
          ]}
        />
      </Card>
    </>
  );
}
