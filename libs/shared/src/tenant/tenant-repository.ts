import type {
  DeepPartial,
  EntityManager,
  EntityTarget,
  FindManyOptions,
  FindOneOptions,
  FindOptionsWhere,
  ObjectLiteral,
  Repository,
  SelectQueryBuilder,
} from 'typeorm';
import { requireTenant } from './tenant-context';

type Where<T> = FindOptionsWhere<T>;
type ManyOptions<T> = Omit<FindManyOptions<T>, 'where'> & { where?: Where<T> | Where<T>[] };
type OneOptions<T> = Omit<FindOneOptions<T>, 'where'> & { where?: Where<T> | Where<T>[] };
type Changes<T extends ObjectLiteral> = Parameters<Repository<T>['update']>[1];

/**
 * A repository of tenant-owned rows (every such table has an indexed `site_id`). Every read and
 * write is confined to the site of the current tenant context and runs in the current unit of
 * work's transaction when one is open; there is no unscoped method.
 */
export class TenantRepository<T extends { siteId: number }> {
  constructor(
    private readonly manager: () => EntityManager,
    private readonly entity: EntityTarget<T>,
  ) {}

  private get repository(): Repository<T> {
    return this.manager().getRepository(this.entity);
  }

  /** The site of the current tenant context. */
  get siteId(): number {
    return requireTenant().siteId;
  }

  private scoped(where: Where<T> | Where<T>[] = {}): Where<T> | Where<T>[] {
    const siteId = this.siteId;
    return Array.isArray(where) ? where.map((one) => ({ ...one, siteId }) as Where<T>) : ({ ...where, siteId } as Where<T>);
  }

  find(options: ManyOptions<T> = {}): Promise<T[]> {
    return this.repository.find({ ...options, where: this.scoped(options.where) });
  }

  findBy(where: Where<T> | Where<T>[]): Promise<T[]> {
    return this.repository.findBy(this.scoped(where));
  }

  findAndCount(options: ManyOptions<T> = {}): Promise<[T[], number]> {
    return this.repository.findAndCount({ ...options, where: this.scoped(options.where) });
  }

  findOne(options: OneOptions<T>): Promise<T | null> {
    return this.repository.findOne({ ...options, where: this.scoped(options.where) });
  }

  findOneBy(where: Where<T> | Where<T>[]): Promise<T | null> {
    return this.repository.findOneBy(this.scoped(where));
  }

  exists(where: Where<T> | Where<T>[] = {}): Promise<boolean> {
    return this.repository.existsBy(this.scoped(where));
  }

  count(where: Where<T> | Where<T>[] = {}): Promise<number> {
    return this.repository.countBy(this.scoped(where));
  }

  create(values: DeepPartial<T>): T {
    return this.repository.create({ ...values, siteId: this.siteId } as DeepPartial<T>);
  }

  /** Saves entities of the current site; refuses one that belongs to another. */
  async save<E extends T | T[]>(entities: E): Promise<E> {
    const siteId = this.siteId;
    for (const entity of Array.isArray(entities) ? entities : [entities]) {
      if (entity.siteId !== undefined && entity.siteId !== siteId) {
        throw new Error(`Refusing to save a row of site ${entity.siteId} in the context of site ${siteId}`);
      }
      entity.siteId = siteId;
    }
    return this.repository.save(entities as T[]) as Promise<E>;
  }

  /** Inserts rows of the current site; returns the generated ids in order. */
  async insert(values: DeepPartial<T> | DeepPartial<T>[]): Promise<number[]> {
    const siteId = this.siteId;
    const rows = (Array.isArray(values) ? values : [values]).map((row) => ({ ...row, siteId }));
    const result = await this.repository.insert(rows as never);
    return result.identifiers.map((identifier) => Number(identifier.id));
  }

  /** Inserts rows of the current site, or updates the site's row with the same `conflictPaths` key. */
  async upsert(values: DeepPartial<T>[], conflictPaths: (keyof T & string)[]): Promise<void> {
    const siteId = this.siteId;
    await this.repository.upsert(values.map((row) => ({ ...row, siteId })) as never, ['siteId', ...conflictPaths]);
  }

  /** Updates the matching rows of the current site; returns how many matched. */
  async update(where: Where<T>, changes: Changes<T>): Promise<number> {
    const result = await this.repository.update(this.scoped(where) as Where<T>, changes);
    return result.affected ?? 0;
  }

  async increment(where: Where<T>, column: string, by: number): Promise<number> {
    const result = await this.repository.increment(this.scoped(where) as Where<T>, column, by);
    return result.affected ?? 0;
  }

  async delete(where: Where<T>): Promise<number> {
    const result = await this.repository.delete(this.scoped(where) as Where<T>);
    return result.affected ?? 0;
  }

  /**
   * A query builder already limited to the current site. Add conditions with `andWhere` —
   * `where` would replace the site condition.
   */
  createQueryBuilder(alias: string): SelectQueryBuilder<T> {
    return this.repository.createQueryBuilder(alias).where(`${alias}.siteId = :tenantSiteId`, { tenantSiteId: this.siteId });
  }
}
