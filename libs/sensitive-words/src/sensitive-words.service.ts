import { ConflictException, Inject, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { APP_CONFIG, Database, REDIS, runInTenant, UnitOfWork, type AppConfig } from '@zhanqun/shared';
import type Redis from 'ioredis';
import { IsNull, type SelectQueryBuilder } from 'typeorm';
import type { ListWordsQuery } from './dto/word.dto';
import { SensitiveWord, type WordLevel } from './sensitive-word.entity';
import { WordMatcher, type WordHit } from './word-matcher';

const FIELD_NAMES: Record<string, string> = { title: '标题', subtitle: '副标题', summary: '摘要', body: '正文', attachments: '附件名称' };

/** A unit's own word: `db.tenant()` reads the rows of a site, whose `siteId` is set. */
type SiteWord = SensitiveWord & { siteId: number };

export interface ScreeningResult {
  blocked: WordHit[];
  warned: WordHit[];
}

/**
 * The sensitive-word dictionary (the portal center's for every site, plus each unit's own) and
 * the check every submission passes. Compiled matchers are cached per process and rebuilt when
 * the dictionary's version in Redis moves, so every api copy sees a change at once.
 */
@Injectable()
export class SensitiveWordsService {
  private readonly matchers = new Map<number, { version: string; matcher: WordMatcher }>();

  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  private get versionKey(): string {
    return `${this.config.redisPrefix}:sensitive-words:version`;
  }

  /** The portal center's words (site null): its dictionary, which every site is screened with. */
  private get platformWords() {
    return this.db.crossTenant('portalCenter').repository(SensitiveWord);
  }

  /** A unit's own words: the tenant rows of the site in context. */
  private get siteWords() {
    return this.db.tenant<SiteWord>(SensitiveWord);
  }

  /** The words of one dictionary (site null: the portal center's), as a query builder already limited to it. */
  private dictionary(siteId: number | null): SelectQueryBuilder<SensitiveWord> {
    return siteId === null
      ? this.platformWords.createQueryBuilder('entry').where('entry.siteId IS NULL')
      : runInTenant({ siteId }, () => this.siteWords.createQueryBuilder('entry'));
  }

  async list(siteId: number | null, query: ListWordsQuery) {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 100;
    const words = this.dictionary(siteId);
    if (query.level) words.andWhere('entry.level = :level', { level: query.level });
    if (query.q) words.andWhere('entry.word LIKE :q', { q: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` });
    const [items, total] = await words
      .orderBy('entry.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: items.map(({ id, word, level, createdAt }) => ({ id, word, level, createdAt })), total };
  }

  async add(siteId: number | null, word: string, level: WordLevel, userId: number) {
    const trimmed = word.trim();
    if (await this.dictionary(siteId).andWhere('entry.word = :word', { word: trimmed }).getExists()) {
      throw new ConflictException(`敏感词「${trimmed}」已在词库中`);
    }
    const entry = { word: trimmed, level, createdBy: userId };
    const saved =
      siteId === null
        ? await this.platformWords.save(this.platformWords.create({ ...entry, siteId: null }))
        : await runInTenant({ siteId }, () => this.siteWords.save(this.siteWords.create(entry)));
    await this.redis.incr(this.versionKey);
    return { id: saved.id, word: saved.word, level: saved.level, createdAt: saved.createdAt };
  }

  /** Imports a word list, one per line; words already there are skipped, not duplicated. */
  async import(siteId: number | null, text: string, level: WordLevel, userId: number) {
    const words = [
      ...new Set(
        text
          .split(/\r?\n/)
          .map((line) => line.trim())
          .filter((line) => line && !line.startsWith('#')),
      ),
    ];
    const tooLong = words.find((word) => word.length > 100);
    if (tooLong) throw new UnprocessableEntityException(`词条「${tooLong.slice(0, 20)}…」超过 100 个字符`);
    const added = await this.uow.run(async () => {
      let inserted = 0;
      for (let i = 0; i < words.length; i += 500) {
        const batch = words.slice(i, i + 500).map((word) => ({ siteId, word, level, createdBy: userId }));
        const result = await this.dictionary(siteId).insert().values(batch).orIgnore().execute();
        inserted += result.raw?.affectedRows ?? 0;
      }
      return inserted;
    });
    await this.redis.incr(this.versionKey);
    return { added, skipped: words.length - added };
  }

  async remove(siteId: number | null, id: number): Promise<void> {
    const removed =
      siteId === null
        ? (await this.platformWords.delete({ id, siteId: IsNull() })).affected
        : await runInTenant({ siteId }, () => this.siteWords.delete({ id }));
    if (!removed) throw new NotFoundException('敏感词不存在');
    await this.redis.incr(this.versionKey);
  }

  private async matcherFor(siteId: number): Promise<WordMatcher> {
    const version = (await this.redis.get(this.versionKey)) ?? '0';
    const cached = this.matchers.get(siteId);
    if (cached?.version === version) return cached.matcher;
    const entries = (words: SelectQueryBuilder<SensitiveWord>) => words.select(['entry.id', 'entry.word', 'entry.level']).getMany();
    const words = [...(await entries(this.dictionary(null))), ...(await entries(this.dictionary(siteId)))];
    const matcher = new WordMatcher(words);
    this.matchers.set(siteId, { version, matcher });
    return matcher;
  }

  /** What the dictionary finds in a submission's fields (title, summary, body text, ...). */
  async screen(siteId: number, fields: Record<string, string>): Promise<ScreeningResult> {
    const hits = (await this.matcherFor(siteId)).scan(fields);
    return { blocked: hits.filter((hit) => hit.level === 'block'), warned: hits.filter((hit) => hit.level === 'warn') };
  }

  /** Refuses a submission holding a blocked word: 422 naming each word and where it is. */
  async assertSubmittable(siteId: number, fields: Record<string, string>): Promise<WordHit[]> {
    const { blocked, warned } = await this.screen(siteId, fields);
    if (blocked.length) {
      const where = blocked.map(
        (hit) => `${FIELD_NAMES[hit.field] ?? hit.field}含有禁用词「${hit.word}」${hit.count > 1 ? `(${hit.count} 处)` : ''}`,
      );
      throw new UnprocessableEntityException({ message: `内容含有禁用的敏感词,不能提交:${where.join(';')}`, words: blocked });
    }
    return warned;
  }
}
