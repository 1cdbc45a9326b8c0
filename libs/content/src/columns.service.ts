import { BadRequestException, ConflictException, Inject, Injectable, NotFoundException } from '@nestjs/common';
import { PUBLISH_EVENTS, Database, UnitOfWork, requireTenant, type PublishEvents, type TenantRepository } from '@zhanqun/shared';
import { COLUMN_MAX_DEPTH } from '@zhanqun/standards';
import { Article } from './article.entity';
import { SiteColumn } from './column.entity';
import { buildColumnTree, columnNode, subtreeIds, type ColumnNode } from './column-tree';
import type { ColumnFieldsDto, CreateColumnDto } from './dto/column.dto';

/** First-level slugs taken by the URL scheme of generated sites (docs/architecture.md) and the site's assets. */
const RESERVED_SLUGS = new Set(['assets', 'search', 'api', 'interaction', 'sitemap', 'index', 'admin', 'platform']);

@Injectable()
export class ColumnsService {
  private readonly columns: TenantRepository<SiteColumn>;
  private readonly articles: TenantRepository<Article>;

  constructor(
    private readonly db: Database,
    private readonly uow: UnitOfWork,
    @Inject(PUBLISH_EVENTS) private readonly publish: PublishEvents,
  ) {
    this.columns = db.tenant(SiteColumn);
    this.articles = db.tenant(Article);
  }

  async tree(): Promise<{ items: ColumnNode[] }> {
    return { items: buildColumnTree(await this.columns.find()) };
  }

  async get(columnId: number): Promise<SiteColumn> {
    const column = await this.columns.findOneBy({ id: columnId });
    if (!column) throw new NotFoundException('栏目不存在');
    return column;
  }

  private async parentOf(parentId: number | null | undefined): Promise<SiteColumn | null> {
    if (parentId === null || parentId === undefined) return null;
    const parent = await this.columns.findOneBy({ id: parentId });
    if (!parent) throw new BadRequestException('parentId 指向的上级栏目不存在');
    return parent;
  }

  private pathFor(parent: SiteColumn | null, slug: string): string {
    if (!parent && RESERVED_SLUGS.has(slug)) throw new BadRequestException(`slug "${slug}" 为系统保留,请换一个`);
    const path = parent ? `${parent.path}/${slug}` : slug;
    if (path.split('/').length > COLUMN_MAX_DEPTH) throw new BadRequestException(`栏目最多 ${COLUMN_MAX_DEPTH} 级`);
    return path;
  }

  private async assertPathFree(path: string, exceptId?: number): Promise<void> {
    const existing = await this.columns.findOneBy({ path });
    if (existing && existing.id !== exceptId) throw new ConflictException(`同级已有 slug 相同的栏目(${path})`);
  }

  /**
   * Runs a change of the site's column tree in one unit of work with the site's row locked: two
   * moves or a rename and a new child at once would each check a tree the other is changing (and
   * could make a loop). The site's pages are re-rendered once the change commits.
   */
  private structural<T>(work: () => Promise<T>): Promise<T> {
    return this.uow.run(async () => {
      const { siteId } = requireTenant();
      await this.db.query('SELECT id FROM sites WHERE id = ? FOR UPDATE', [siteId]);
      const result = await work();
      await this.publish.siteChanged(siteId);
      return result;
    });
  }

  async create(input: CreateColumnDto): Promise<ColumnNode> {
    return this.structural(async () => columnNode(await this.insert(input)));
  }

  private async insert(input: CreateColumnDto): Promise<SiteColumn> {
    const parent = await this.parentOf(input.parentId);
    const path = this.pathFor(parent, input.slug);
    await this.assertPathFree(path);
    return this.columns.save(
      this.columns.create({
        parentId: parent?.id ?? null,
        name: input.name,
        slug: input.slug,
        path,
        kind: input.kind ?? 'list',
        required: false,
        sort: input.sort ?? 100,
        description: input.description ?? '',
        keywords: input.keywords ?? '',
        linkUrl: input.linkUrl ?? '',
      }),
    );
  }

  async update(columnId: number, input: ColumnFieldsDto): Promise<ColumnNode> {
    return this.structural(async () => {
      await this.change(columnId, input);
      return columnNode(await this.get(columnId));
    });
  }

  private async change(columnId: number, input: ColumnFieldsDto): Promise<void> {
    const column = await this.get(columnId);
    const moving = input.parentId !== undefined && input.parentId !== column.parentId;
    const renaming = input.slug !== undefined && input.slug !== column.slug;
    if (column.required && (moving || renaming)) {
      throw new ConflictException('标准栏目(统一栏目)不能移动或修改路径');
    }
    // A link column has no pages: its articles would vanish from the site.
    if (input.kind === 'link' && column.kind !== 'link') {
      const articles = await this.articles.count({ columnId: column.id });
      if (articles) throw new ConflictException(`栏目下还有 ${articles} 篇文章,不能改为外链栏目,请先移走文章`);
    }
    const all = await this.columns.find();
    if (moving && input.parentId !== null && subtreeIds(all, column.id).includes(input.parentId!)) {
      throw new BadRequestException('不能把栏目移动到它自己或它的下级栏目之下');
    }
    const parent = moving ? await this.parentOf(input.parentId) : await this.parentOf(column.parentId);
    const path = this.pathFor(parent, input.slug ?? column.slug);
    if (path !== column.path) await this.assertPathFree(path, column.id);
    const { parentId: _parentId, ...fields } = input;
    if (path !== column.path) await this.movePaths(column, path, all);
    await this.columns.update({ id: column.id }, { ...fields, path, parentId: moving ? (parent?.id ?? null) : column.parentId });
  }

  /** Rewrites the paths of a column's descendants when its own path changes. */
  private async movePaths(column: SiteColumn, path: string, all: SiteColumn[]): Promise<void> {
    const moves = subtreeIds(all, column.id)
      .slice(1)
      .map((id) => ({ id, path: path + all.find((c) => c.id === id)!.path.slice(column.path.length) }));
    if (moves.some((move) => move.path.split('/').length > COLUMN_MAX_DEPTH)) {
      throw new BadRequestException(`栏目最多 ${COLUMN_MAX_DEPTH} 级`);
    }
    for (const move of moves) await this.columns.update({ id: move.id }, { path: move.path });
  }

  async remove(columnId: number): Promise<void> {
    await this.structural(async () => {
      const column = await this.get(columnId);
      if (column.required) throw new ConflictException('标准栏目(统一栏目)不能删除');
      if (await this.columns.count({ parentId: column.id })) throw new ConflictException('该栏目下还有子栏目,请先删除子栏目');
      const articles = await this.articles.count({ columnId: column.id });
      if (articles) throw new ConflictException(`该栏目下还有 ${articles} 篇文章,请先移走或删除`);
      await this.columns.delete({ id: column.id });
    });
  }
}
