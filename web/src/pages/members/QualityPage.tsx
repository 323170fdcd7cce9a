import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api } from '../../api/api';
import { errorText } from '../../components/errors';
import { OrgTreeSelect } from '../../components/OrgTreeSelect';
import { PageTitle } from '../../components/PageTitle';
import { QUALITY_ISSUES, type QualityIssue, type QualityRow } from './types';

const ISSUE_COLORS: Record<QualityIssue, string> = {
  missing_card_number: 'gold',
  missing_admission_date: 'gold',
  official_before_admission: 'red',
  ceremony_before_decision: 'red',
  duplicate_name_birth: 'purple',
  duplicate_citizen_id: 'purple',
  cell_dissolved: 'volcano',
};

const isIssue = (code: string): code is QualityIssue => (QUALITY_ISSUES as readonly string[]).includes(code);

/** Chất lượng dữ liệu: incomplete, contradictory or duplicate records, each linked to its page. */
export function QualityPage() {
  const { t } = useTranslation('members');
  const { t: tc } = useTranslation();
  const [organizationId, setOrganizationId] = useState<string | null>(null);
  const { data, isFetching, error } = useQuery({
    queryKey: ['members', 'quality', organizationId],
    queryFn: () => api.get('/api/v1/members/quality', { query: { organizationId } }),
    select: (r) => r.data,
  });
  return (
    <>
      <PageTitle title={t('tabs.quality')} sub={t('quality.intro')} />
      <Card>
        <Space wrap style={{ marginBottom: 16 }}>
          <OrgTreeSelect style={{ width: 320 }} allowClear placeholder={t('quality.organization')} value={organizationId} onChange={setOrganizationId} />
          {data && <Typography.Text type="secondary">{tc('common.total', { total: data.length.toLocaleString('vi-VN') })}</Typography.Text>}
        </Space>
        {error && <Alert type="error" showIcon title={errorText(error, tc)} style={{ marginBottom: 16 }} />}
        <Table<QualityRow>
          rowKey="memberId"
          size="middle"
          loading={isFetching}
          dataSource={data ?? []}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          locale={{ emptyText: t('quality.empty') }}
          columns={[
            {
              key: 'member',
              title: t('quality.member'),
              render: (_, r) => (
                <Link to={`/members/${r.memberId}`} data-testid="quality-member">
                  {r.fullName}
                </Link>
              ),
            },
            { key: 'cell', title: t('fields.cell'), dataIndex: 'cellName', ellipsis: true },
            {
              key: 'issues',
              title: t('quality.issues'),
              render: (_, r) => (
                <Space wrap size={4}>
                  {r.issues.map((code) => (
                    <Tag key={code} color={isIssue(code) ? ISSUE_COLORS[code] : 'default'} data-testid="quality-issue">
                      {isIssue(code) ? t(`quality.codes.${code}`) : code}
                    </Tag>
                  ))}
                </Space>
              ),
            },
          ]}
        />
      </Card>
    </>
  );
}
