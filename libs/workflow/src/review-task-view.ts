import { Injectable } from '@nestjs/common';
import type { Principal } from '@zhanqun/auth';
import { ArticleHistory, ArticlesService, ColumnsService, RevisionsService } from '@zhanqun/content';
import { Database, runInTenant } from '@zhanqun/shared';
import { Site } from '@zhanqun/tenancy';
import { assertNotOwnWork, taskSummary, WorkflowService } from './workflow.service';

/**
 * One review task with everything its reviewer decides on: the content under review, the change
 * against the live version, the warn-level words and the article's history. Portal-center
 * reviewers hold no grant on the article's site, so this is their only way to read it; it is
 * granted exactly to those who may act on the task.
 */
@Injectable()
export class ReviewTaskView {
  constructor(
    private readonly db: Database,
    private readonly workflow: WorkflowService,
    private readonly articles: ArticlesService,
    private readonly columns: ColumnsService,
    private readonly revisions: RevisionsService,
    private readonly history: ArticleHistory,
  ) {}

  async read(taskId: number, principal: Principal) {
    const task = await this.workflow.readable(taskId, principal);
    const site = await this.db.platform(Site).findOneOrFail({ where: { id: task.siteId }, select: { id: true, name: true } });
    return runInTenant({ siteId: task.siteId }, async () => {
      const entity = await this.articles.find(task.articleId);
      assertNotOwnWork(task, entity.createdBy, principal);
      const live = await this.articles.get(task.articleId);
      // An edit of a live article is reviewed as the revision's content over the live article.
      const article = task.revision === null ? live : { ...live, ...(await this.revisions.fieldsOf(entity, task.revision)) };
      // The edit may move the article to a column deleted since: the review still opens.
      const column = await this.columns.get(article.columnId).catch(() => null);
      return {
        ...taskSummary(task, site.name, entity.title),
        status: task.status,
        article: { ...article, columnName: column?.name ?? '' },
        diff: await this.revisions.diffForReview(entity, task.revision),
        history: (await this.history.list(task.siteId, task.articleId)).items,
      };
    });
  }
}
