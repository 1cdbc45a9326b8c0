import { Typography } from 'antd';
import { PageHeader } from '../ui/PageHeader';
import { WordDictionary } from './WordDictionary';

/** The portal center's dictionary, applied to every site. */
export default function SensitiveWordsPage() {
  return (
    <>
      <PageHeader title="敏感词库">
        <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
          平台词库对所有站点生效。稿件提交时检查标题、摘要、正文和附件名称:含「禁用」词的不能提交,含「提醒」词的会提示作者和审核人员。
        </Typography.Paragraph>
      </PageHeader>
      <WordDictionary dictionary={null} />
    </>
  );
}
