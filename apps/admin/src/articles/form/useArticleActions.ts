import { useQueryClient } from '@tanstack/react-query';
import { App, type FormInstance } from 'antd';
import { createElement, useState, type RefObject } from 'react';
import { fieldMessages } from '../../api/errors';
import { articleApi, articleKeys } from '../queries';
import { changesOf, FORM_FIELDS, type Article, type ArticleFormValues } from './form-values';
import type { Screening } from './useScreening';
import { describeHits } from './WordHits';

const SUBMITTED: Record<string, string> = {
  pending: '已提交审核',
  published: '已发布',
  scheduled: '已提交,将按定时发布时间发布',
};

interface Options {
  siteId: number;
  article: Article | null;
  form: FormInstance<ArticleFormValues>;
  /** The values the server holds (updated on each save). */
  saved: RefObject<ArticleFormValues>;
  /** After a save the server has everything typed. */
  onSaved(): void;
  /** A new article got its id (the editor moves to its address). */
  onCreated(article: Article): void;
  screen(values: ArticleFormValues): Promise<Screening>;
  showBlocked(blocked: Screening['blocked']): void;
}

/** 保存, 提交审核, 撤回 and 下线, with the API's refusals shown at their fields or as messages. */
export function useArticleActions({ siteId, article, form, saved, onSaved, onCreated, screen, showBlocked }: Options) {
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState<null | 'save' | 'submit' | 'withdraw' | 'unpublish'>(null);

  const refresh = () => queryClient.invalidateQueries({ queryKey: articleKeys.all });

  const showError = (error: unknown) => {
    const { fields, rest } = fieldMessages(error, FORM_FIELDS);
    form.setFields(Object.entries(fields).map(([name, text]) => ({ name: name as keyof ArticleFormValues, errors: [text] })));
    if (rest.length || !Object.keys(fields).length) void message.error(rest.join(';') || (error as Error).message);
    else void message.error('请按提示修改后再保存');
  };

  /** Saves what is typed (creating the article the first time); null when refused. */
  const persist = async (): Promise<{ article: Article; changed: boolean } | null> => {
    let values: ArticleFormValues;
    try {
      await form.validateFields();
      values = form.getFieldsValue(true);
    } catch {
      void message.error('请先填写标题并选择栏目');
      return null;
    }
    const changes = article ? changesOf(values, saved.current, article.pendingRevision !== null) : values;
    if (article && !Object.keys(changes).length) return { article, changed: false };
    try {
      const stored = article ? await articleApi.update(siteId, article.id, changes) : await articleApi.create(siteId, values);
      saved.current = values;
      queryClient.setQueryData(articleKeys.one(siteId, stored.id), stored);
      onSaved();
      void refresh();
      return { article: stored, changed: true };
    } catch (error) {
      showError(error);
      return null;
    }
  };

  const run = async <T>(kind: NonNullable<typeof busy>, action: () => Promise<T>): Promise<T | undefined> => {
    setBusy(kind);
    try {
      return await action();
    } catch (error) {
      showError(error);
      return undefined;
    } finally {
      setBusy(null);
    }
  };

  const save = () =>
    run('save', async () => {
      const result = await persist();
      if (!result) return;
      const live = result.article.status === 'published' && result.article.pendingRevision === null;
      void message.success(!result.changed ? '没有修改' : live ? '已保存,修改已在网站上生效' : '已保存');
      if (!article) onCreated(result.article);
    });

  const confirmWarnings = (warnings: Screening['warnings']) =>
    modal.confirm({
      title: '内容含有需注意的词语,仍要提交吗?',
      content: createElement('ul', null, ...describeHits(warnings).map((line) => createElement('li', { key: line }, line))),
      okText: '仍然提交',
      cancelText: '返回修改',
    });

  const submit = () =>
    run('submit', async () => {
      const screening = await screen(form.getFieldsValue(true));
      if (screening.blocked.length) {
        void message.error('内容含有禁用的敏感词,请修改后再提交');
        return;
      }
      if (screening.warnings.length && !(await confirmWarnings(screening.warnings))) return;
      const persisted = await persist();
      if (!persisted) return;
      const stored = persisted.article;
      if (stored.status === 'published' && stored.pendingRevision === null) {
        void message.info(persisted.changed ? '修改已在网站上生效(本栏目无需审核)' : '没有修改,无需提交');
      } else {
        const result = await articleApi.submit(siteId, stored.id);
        if ('blocked' in result) {
          showBlocked(result.blocked);
          void message.error(result.message);
        } else if (stored.pendingRevision !== null) void message.success('修改已提交审核,通过后替换网页上的内容');
        else void message.success(SUBMITTED[result.status] ?? '已提交');
        await refresh();
      }
      if (!article) onCreated(stored);
    });

  const decide = (kind: 'withdraw' | 'unpublish', title: string, done: string) =>
    modal.confirm({
      title,
      okText: '确定',
      cancelText: '取消',
      onOk: () =>
        run(kind, async () => {
          await articleApi[kind](siteId, article!.id);
          void message.success(done);
          await refresh();
        }),
    });

  return {
    busy,
    persist,
    save,
    submit,
    withdraw: () => decide('withdraw', '撤回审核?撤回后可以继续修改', '已撤回'),
    unpublish: () => decide('unpublish', '下线这篇文章?网站上将不再显示', '已下线'),
  };
}
