import { Popover, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import type { MediaFile } from './queries';

const ROLE_NAMES: Record<MediaFile['usedBy'][number]['role'], string> = { cover: '封面', attachment: '附件', inline: '正文' };

/** Where a file is used: the articles (as cover, attachment or in the body), or 未使用. */
export function MediaUsedBy({ file }: { file: MediaFile }) {
  if (!file.usedBy.length) return <Tag>未使用</Tag>;
  const articles = new Set(file.usedBy.map((use) => use.articleId)).size;
  const list = (
    <ul style={{ margin: 0, paddingLeft: 18, maxWidth: 360 }}>
      {file.usedBy.map((use) => (
        <li key={`${use.articleId}-${use.role}-${use.pending}`}>
          <Link to={`/s/${file.siteId}/articles/${use.articleId}`}>{use.title || `文章 ${use.articleId}`}</Link>
          <Typography.Text type="secondary">
            {' '}
            ({ROLE_NAMES[use.role]}
            {use.pending ? ',待审修改' : ''})
          </Typography.Text>
        </li>
      ))}
    </ul>
  );
  return (
    <Popover title="使用此文件的文章" content={list} trigger={['hover', 'focus']}>
      <Tag color="blue" tabIndex={0} style={{ cursor: 'pointer' }}>
        用于 {articles} 篇文章
      </Tag>
    </Popover>
  );
}
