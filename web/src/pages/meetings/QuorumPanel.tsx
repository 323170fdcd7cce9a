import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Card, Descriptions, Progress, Space, Tag, Typography } from 'antd';
import type { Quorum } from './types';
import { useMeetingsT } from './i18n';

/** The live quorum: base, present, required, met or not, and how the base is made. */
export function QuorumPanel({ quorum }: { quorum: Quorum }) {
  const { t } = useMeetingsT();
  const percent = quorum.base > 0 ? Math.round((quorum.present / quorum.base) * 100) : 0;
  return (
    <Card title={t('quorum.title')} data-testid="quorum-panel" size="small">
      {!quorum.applicable ? (
        <Typography.Text type="secondary" data-testid="quorum-na">
          {t('quorum.notApplicable')}
        </Typography.Text>
      ) : (
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Space align="center" wrap>
            {quorum.met ? (
              <Tag icon={<CheckCircleFilled />} color="success" data-testid="quorum-met">
                {t('quorum.met')}
              </Tag>
            ) : (
              <Tag icon={<CloseCircleFilled />} color="error" data-testid="quorum-not-met">
                {t('quorum.notMet')}
              </Tag>
            )}
            <Typography.Text strong data-testid="quorum-summary">
              {t('quorum.summary', { present: quorum.present, base: quorum.base, required: quorum.required })}
            </Typography.Text>
          </Space>
          <Progress percent={percent} success={{ percent: 0 }} status={quorum.met ? 'success' : 'active'} format={() => `${quorum.present}/${quorum.base}`} />
          <Typography.Text type="secondary">
            {t('quorum.rule', { numerator: quorum.share.numerator, denominator: quorum.share.denominator, basis: t(`quorum.basis.${quorum.basis}`) })}
          </Typography.Text>
          <Descriptions size="small" column={{ xs: 1, sm: 2 }} colon={false} styles={{ label: { color: '#666' }, content: { fontWeight: 600 } }}>
            <Descriptions.Item label={t('quorum.official')}>{quorum.official}</Descriptions.Item>
            <Descriptions.Item label={t('quorum.probationary')}>{quorum.probationary}</Descriptions.Item>
            <Descriptions.Item label={t('quorum.exempt')}>{quorum.exemptPresent > 0 ? t('quorum.exemptValue', { exempt: quorum.exempt, present: quorum.exemptPresent }) : quorum.exempt}</Descriptions.Item>
            <Descriptions.Item label={t('quorum.elsewhere')}>{quorum.temporarilyElsewhere}</Descriptions.Item>
            <Descriptions.Item label={t('quorum.presentOthers')}>{quorum.presentOthers}</Descriptions.Item>
            <Descriptions.Item label={t('quorum.pending')}>{quorum.pending}</Descriptions.Item>
            <Descriptions.Item label={t('quorum.absentExcused')}>{quorum.absentExcused}</Descriptions.Item>
            <Descriptions.Item label={t('quorum.absentUnexcused')}>{quorum.absentUnexcused}</Descriptions.Item>
          </Descriptions>
        </Space>
      )}
    </Card>
  );
}
