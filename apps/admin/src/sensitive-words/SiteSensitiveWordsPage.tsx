import { Typography } from 'antd';
import { useCurrentSite } from '../app/SiteScope';
import { PageHeader } from '../ui/PageHeader';
import { WordDictionary } from './WordDictionary';

/** A unit's own words, checked on its site in addition to the platform's dictionary. */
export default function SiteSensitiveWordsPage() {
  const site = useCurrentSite();
  return (
    <>
      <PageHeader title="本站敏感词">
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          这里的词只在「{site.name}」检查,平台词库同时生效。含「禁用」词的稿件不能提交,含「提醒」词的会提示作者和审核人员。
        </Typography.Paragraph>
      </PageHeader>
      <WordDictionary key={site.id} dictionary={site.id} />
    </>
  );
}
