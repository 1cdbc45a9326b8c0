import { ALL_ENTITIES } from '@zhanqun/platform';
import { DataSource } from 'typeorm';

export interface TenantEntities {
  /** Class names of entities with a `siteId` column. */
  classes: Set<string>;
  /** Their table names. */
  tables: Set<string>;
}

/** Tenant-owned entities (those with a `siteId`), read from the real entity metadata without a database. */
export async function tenantEntities(): Promise<TenantEntities> {
  const dataSource = new DataSource({ type: 'mysql', database: 'metadata_only', entities: ALL_ENTITIES });
  await (dataSource as unknown as { buildMetadatas(): Promise<void> }).buildMetadatas();
  const owned = dataSource.entityMetadatas.filter((metadata) => metadata.findColumnsWithPropertyPath('siteId').length > 0);
  return {
    classes: new Set(owned.map((metadata) => metadata.name)),
    tables: new Set(owned.map((metadata) => metadata.tableName)),
  };
}
