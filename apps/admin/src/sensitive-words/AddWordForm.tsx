import { App, Button, Form, Input, Radio } from 'antd';
import { ApiError, fieldMessages } from '../api/errors';
import { LEVEL_OPTIONS, type WordLevel } from './levels';
import { useAddWord, type Dictionary } from './queries';

interface NewWord {
  word: string;
  level: WordLevel;
}

/** Adds one word; the API's refusals (a duplicate, a bad word) show at the field. */
export function AddWordForm({ dictionary }: { dictionary: Dictionary }) {
  const [form] = Form.useForm<NewWord>();
  const { message } = App.useApp();
  const add = useAddWord(dictionary);

  async function submit(values: NewWord) {
    try {
      const word = await add.mutateAsync({ word: values.word.trim(), level: values.level });
      message.success(`已添加敏感词「${word.word}」`);
      form.resetFields(['word']);
    } catch (error) {
      // A duplicate (409) is about the word typed.
      const duplicate = error instanceof ApiError && error.status === 409;
      const { fields, rest } = duplicate ? { fields: { word: error.message }, rest: [] } : fieldMessages(error, ['word', 'level']);
      form.setFields(Object.entries(fields).map(([name, text]) => ({ name: name as keyof NewWord, errors: [text] })));
      if (rest.length) message.error(rest.join(';'));
    }
  }

  return (
    <Form<NewWord> form={form} layout="inline" initialValues={{ level: 'block' }} onFinish={submit} requiredMark={false}>
      <Form.Item
        label="敏感词"
        name="word"
        rules={[
          { required: true, whitespace: true, message: '请输入敏感词' },
          { max: 100, message: '最长 100 个字符' },
        ]}
      >
        <Input placeholder="输入要添加的词" style={{ width: 200 }} maxLength={100} />
      </Form.Item>
      <Form.Item label="级别" name="level">
        <Radio.Group options={LEVEL_OPTIONS} />
      </Form.Item>
      <Form.Item>
        <Button type="primary" htmlType="submit" loading={add.isPending}>
          添加
        </Button>
      </Form.Item>
    </Form>
  );
}
