import { join } from 'node:path';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/app-config';
import { databaseUnreachable, ensureDatabase } from './ensure-database';

/** Where the compiled or source migrations live, from either libs/shared/src or dist/. */
const MIGRATIONS_GLOB = join(__dirname, '..', '..', '..', '..', 'migrations', '*.{ts,js}');

export interface DataSourceOptions {
  entities: Function[];
  /** Run pending migrations after connecting (apps do, CLI tools that only read do not). */
  migrate?: boolean;
  poolSize?: number;
}

/**
 * Creates the database if missing, connects with utf8mb4, and runs the migrations in
 * `migrations/` — the only source of the schema (synchronize is never used).
 */
export async function openDataSource(config: AppConfig, options: DataSourceOptions): Promise<DataSource> {
  const { timezone } = await ensureDatabase(config.databaseUrl);
  const dataSource = new DataSource({
    type: 'mysql',
    url: config.databaseUrl.replace(/^mariadb:/, 'mysql:'),
    charset: 'utf8mb4_unicode_ci',
    timezone,
    entities: options.entities,
    migrations: [MIGRATIONS_GLOB],
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    poolSize: options.poolSize ?? 10,
    supportBigNumbers: true,
    bigNumberStrings: false,
    dateStrings: false,
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    throw databaseUnreachable(config.databaseUrl, error);
  }
  if (options.migrate !== false) {
    await dataSource.runMigrations({ transaction: 'each' });
  }
  return dataSource;
}
