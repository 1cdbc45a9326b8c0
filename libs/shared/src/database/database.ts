import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, type EntityTarget, type ObjectLiteral, type Repository } from 'typeorm';
import { currentContext } from '../context/request-context';
import type { CrossTenantReason } from '../tenant/cross-tenant';
import { TenantRepository } from '../tenant/tenant-repository';

/** Raw SQL and repositories of any site, granted for one named reason. */
export interface CrossTenantAccess {
  repository<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T>;
  query<R = unknown>(sql: string, parameters?: unknown[]): Promise<R>;
}

/**
 * The one way services reach the database. Every accessor runs in the current unit of work's
 * transaction when one is open, and tenant-owned entities (those with a `siteId`) are only
 * reachable scoped to the tenant in context, or across sites for a named reason.
 */
@Injectable()
export class Database {
  constructor(readonly dataSource: DataSource) {}

  /** The open transaction's manager, or the pool's outside a unit of work. */
  get manager(): EntityManager {
    return currentContext()?.manager ?? this.dataSource.manager;
  }

  /** Rows of `entity` of the site in the tenant context. */
  tenant<T extends { siteId: number }>(entity: EntityTarget<T>): TenantRepository<T> {
    return new TenantRepository(() => this.manager, entity);
  }

  /** A repository of a platform-wide entity (no `siteId`); refuses tenant-owned ones. */
  platform<T extends ObjectLiteral>(entity: EntityTarget<T>): Repository<T> {
    if (this.isTenantOwned(entity)) {
      throw new Error(`${this.dataSource.getMetadata(entity).name} is tenant-owned: use Database.tenant() or crossTenant()`);
    }
    return this.manager.getRepository(entity);
  }

  /** Unscoped access for one of the named cross-tenant reasons (see cross-tenant.ts). */
  crossTenant(reason: CrossTenantReason): CrossTenantAccess {
    void reason; // the name documents and allow-lists the access; test/tenant-scope.test.ts checks every call site
    return {
      repository: (entity) => this.manager.getRepository(entity),
      query: (sql, parameters) => this.manager.query(sql, parameters),
    };
  }

  /** Raw SQL on platform-wide tables (test/tenant-scope.test.ts refuses tenant tables here). */
  query<R = unknown>(sql: string, parameters?: unknown[]): Promise<R> {
    return this.manager.query(sql, parameters);
  }

  isTenantOwned(entity: EntityTarget<ObjectLiteral>): boolean {
    return this.dataSource.getMetadata(entity).findColumnWithPropertyName('siteId') !== undefined;
  }
}
