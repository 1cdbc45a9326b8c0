import type { DataSource, DeepPartial, EntityTarget, FindManyOptions, FindOptionsWhere, Repository } from 'typeorm';
import { requireTenant } from './tenant-context';

/**
 * A repository of tenant-owned rows (every such table has an indexed `site_id`). Every read and
 * write is confined to the site of the current tenant context; there is no unscoped method.
 */
export class TenantRepository<T extends { siteId: number }> {
  readonly repository: Repository<T>;

  constructor(dataSource: DataSource, entity: EntityTarget<T>) {
    this.repository = dataSource.getRepository(entity);
  }

  private scoped(where: FindOptionsWhere<T> = {}): FindOptionsWhere<T> {
    return { ...where, siteId: requireTenant().siteId } as FindOptionsWhere<T>;
  }

  find(options: Omit<FindManyOptions<T>, 'where'> & { where?: FindOptionsWhere<T> } = {}): Promise<T[]> {
    return this.repository.find({ ...options, where: this.scoped(options.where) });
  }

  findAndCount(options: Omit<FindManyOptions<T>, 'where'> & { where?: FindOptionsWhere<T> } = {}): Promise<[T[], number]> {
    return this.repository.findAndCount({ ...options, where: this.scoped(options.where) });
  }

  findOneBy(where: FindOptionsWhere<T>): Promise<T | null> {
    return this.repository.findOneBy(this.scoped(where));
  }

  count(where: FindOptionsWhere<T> = {}): Promise<number> {
    return this.repository.countBy(this.scoped(where));
  }

  create(values: DeepPartial<T>): T {
    return this.repository.create({ ...values, siteId: requireTenant().siteId } as DeepPartial<T>);
  }

  /** Saves an entity of the current site; refuses one that belongs to another. */
  async save(entity: T): Promise<T> {
    const { siteId } = requireTenant();
    if (entity.siteId !== undefined && entity.siteId !== siteId) {
      throw new Error(`Refusing to save a row of site ${entity.siteId} in the context of site ${siteId}`);
    }
    entity.siteId = siteId;
    return this.repository.save(entity);
  }

  async delete(where: FindOptionsWhere<T>): Promise<number> {
    const result = await this.repository.delete(this.scoped(where));
    return result.affected ?? 0;
  }
}
