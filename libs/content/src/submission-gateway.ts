import { Injectable } from '@nestjs/common';
import { ArticlePublication } from './article-publication';
import type { Article, ArticleStatus } from './article.entity';

/**
 * Where `submit` sends an article. The review chain (workflow) replaces this binding; until
 * then a submitted article is published (or scheduled) at once.
 */
export interface SubmissionGateway {
  submit(article: Article, actorId: number): Promise<ArticleStatus>;
}

export const SUBMISSION_GATEWAY = Symbol('SUBMISSION_GATEWAY');

@Injectable()
export class DirectSubmission implements SubmissionGateway {
  constructor(private readonly publication: ArticlePublication) {}

  submit(article: Article): Promise<ArticleStatus> {
    return this.publication.publish(article);
  }
}
