import { EditOutlined, PlusOutlined, UserAddOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Space, Spin, Tag, Timeline, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Holding, Organization, Post } from '../../api/types';
import { errorText } from '../../components/errors';
import { formatDay, isCurrent, today } from '../../lib/dates';
import { SPHERE_COLORS } from '../../lib/enums';
import { type PostDialog, PostDialogs } from './PostDialogs';
import { usePosts } from './queries';

export function PostsTab({ org, writable }: { org: Organization; writable: boolean }) {
  const { t } = useTranslation();
  const { data: posts, isPending, error } = usePosts(org.id);
  const [dialog, setDialog] = useState<PostDialog>(null);
  if (isPending) return <Spin />;
  if (error) return <Alert type="error" showIcon title={errorText(error, t)} />;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      {writable && (
        <Button icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>
          {t('posts.add')}
        </Button>
      )}
      {posts.length === 0 && <Empty description={t('posts.empty')} />}
      {posts.map((post) => (
        <PostCard key={post.id} post={post} writable={writable} onDialog={setDialog} />
      ))}
      <PostDialogs org={org} dialog={dialog} onClose={() => setDialog(null)} />
    </Space>
  );
}

function PostCard({ post, writable, onDialog }: { post: Post; writable: boolean; onDialog: (d: PostDialog) => void }) {
  const { t } = useTranslation();
  const holders = [...post.holders].sort((a, b) => b.startsOn.localeCompare(a.startsOn));
  // Short histories are shown whole; long ones (a committee's many members) start with who holds it now.
  const [showPast, setShowPast] = useState(holders.length <= 6);
  const current = holders.filter((h) => isCurrent(h.startsOn, h.endsOn) || h.startsOn > today());
  const past = holders.filter((h) => !current.includes(h));
  const shown = showPast ? holders : current;
  const onEnd = (h: Holding) => (writable ? () => onDialog({ kind: 'end', post, holding: h }) : undefined);
  return (
    <Card
      size="small"
      data-testid="post-card"
      title={
        <Space wrap>
          <span>{post.name}</span>
          <Tag color={SPHERE_COLORS[post.sphere]}>{t(`spheres.${post.sphere}`)}</Tag>
          {post.elected && <Tag>{t('posts.elected')}</Tag>}
          {current.length === 0 && <Tag color="warning">{t('posts.vacant')}</Tag>}
        </Space>
      }
      extra={
        writable && (
          <Space size="small">
            <Button size="small" icon={<UserAddOutlined />} onClick={() => onDialog({ kind: 'hold', post })}>
              {t('posts.addHolder')}
            </Button>
            <Button size="small" icon={<EditOutlined />} aria-label={t('common.edit')} onClick={() => onDialog({ kind: 'edit', post })} />
          </Space>
        )
      }
    >
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {post.title}
      </Typography.Text>
      {shown.length > 0 && <Timeline style={{ marginTop: 12, marginBottom: -20 }} items={shown.map((h) => holdingItem(h, t, onEnd(h)))} />}
      {past.length > 0 && holders.length > 6 && (
        <Button type="link" size="small" style={{ paddingLeft: 0 }} onClick={() => setShowPast((v) => !v)}>
          {showPast ? t('posts.hidePast') : t('posts.showPast', { n: past.length })}
        </Button>
      )}
    </Card>
  );
}

function holdingItem(h: Holding, t: ReturnType<typeof useTranslation>['t'], onEnd?: () => void) {
  const current = isCurrent(h.startsOn, h.endsOn);
  return {
    key: h.id,
    color: current ? 'green' : 'gray',
    content: (
      <Space wrap size={[8, 0]} data-testid="holder">
        <Link to={`/people/${h.personId}`} style={{ fontWeight: current ? 600 : 400 }}>
          {h.fullName}
        </Link>
        <Typography.Text type="secondary">
          {t('common.period', { from: formatDay(h.startsOn), to: h.endsOn ? formatDay(h.endsOn) : String(t('common.present')) })}
        </Typography.Text>
        {h.decisionRef && (
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            · {h.decisionRef}
          </Typography.Text>
        )}
        {current && onEnd && !h.endsOn && (
          <Button size="small" type="link" onClick={onEnd} style={{ padding: 0, height: 'auto' }}>
            {t('posts.endHolding')}
          </Button>
        )}
      </Space>
    ),
  };
}
