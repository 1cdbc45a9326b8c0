import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Form, Modal, Radio, Space, Typography, Upload } from 'antd';
import { useState } from 'react';
import { LEVEL_OPTIONS, levelOf, type WordLevel } from './levels';
import { useImportWords, type Dictionary } from './queries';
import { decodeWordFile, MAX_IMPORT_CHARS, wordsOf } from './word-file';

interface WordFile {
  name: string;
  text: string;
  count: number;
}

/** Imports a one-word-per-line .txt list at one level and tells how many words were added and skipped. */
export function ImportWordsModal({ dictionary, open, onClose }: { dictionary: Dictionary; open: boolean; onClose: () => void }) {
  const [file, setFile] = useState<WordFile | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [level, setLevel] = useState<WordLevel>('block');
  const importWords = useImportWords(dictionary);

  async function read(upload: File) {
    importWords.reset();
    setFile(null);
    setFileError(null);
    if (!/\.txt$/i.test(upload.name)) return setFileError('请选择纯文本(.txt)文件');
    const text = decodeWordFile(await upload.arrayBuffer());
    if (text.length > MAX_IMPORT_CHARS) return setFileError('文件太大:词表最多 2,000,000 个字符,请分成几个文件导入');
    const count = wordsOf(text).length;
    if (!count) return setFileError('文件里没有词:每行写一个词');
    setFile({ name: upload.name, text, count });
  }

  function close() {
    setFile(null);
    setFileError(null);
    importWords.reset();
    onClose();
  }

  const result = importWords.data;
  return (
    <Modal
      open={open}
      title="导入词表"
      onCancel={close}
      destroyOnHidden
      footer={
        result ? (
          <Button type="primary" onClick={close}>
            完成
          </Button>
        ) : (
          <Space>
            <Button onClick={close}>取消</Button>
            <Button
              type="primary"
              disabled={!file}
              loading={importWords.isPending}
              onClick={() => file && importWords.mutate({ text: file.text, level })}
            >
              开始导入
            </Button>
          </Space>
        )
      }
    >
      <Typography.Paragraph type="secondary">
        纯文本(.txt)文件,每行一个词;空行和以 # 开头的行会被忽略,词库中已有的词会跳过。
      </Typography.Paragraph>
      <Form layout="vertical">
        <Form.Item label="词表文件">
          <Space wrap>
            <Upload
              accept=".txt,text/plain"
              showUploadList={false}
              beforeUpload={(upload) => {
                void read(upload);
                return false; // read here, never uploaded as a file
              }}
            >
              <Button icon={<UploadOutlined />}>选择文件</Button>
            </Upload>
            {file && (
              <Typography.Text>
                {file.name}(共 {file.count} 个词)
              </Typography.Text>
            )}
          </Space>
        </Form.Item>
        <Form.Item label="导入为" extra={levelOf(level).help}>
          <Radio.Group value={level} onChange={(event) => setLevel(event.target.value)} options={LEVEL_OPTIONS} />
        </Form.Item>
      </Form>
      {fileError && <Alert type="error" showIcon role="alert" title={fileError} />}
      {importWords.error && <Alert type="error" showIcon role="alert" title={importWords.error.message} />}
      {result && (
        <Alert
          type="success"
          showIcon
          role="status"
          title="导入完成"
          description={`新增 ${result.added} 个词,跳过 ${result.skipped} 个(词库中已有)。`}
        />
      )}
    </Modal>
  );
}
