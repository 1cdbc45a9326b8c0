import 'reflect-metadata';
import { CitizenLetters } from '@zhanqun/interaction';
import { ALL_ENTITIES } from '@zhanqun/platform';
import { SnapshotLoader } from '@zhanqun/publishing';
import { SearchService } from '@zhanqun/search';
import { Database, openDataSource, RetryingLazy, type AppConfig } from '@zhanqun/shared';
import { StandardsService } from '@zhanqun/standards';
import { TemplateSources, ThemeRegistry } from '@zhanqun/templating';
import { SiteUrls } from '@zhanqun/tenancy';
import type { DataSource } from 'typeorm';

/** What the dynamic handlers read from: the database and the theme, the same the publisher uses. */
export interface DynamicBackend {
  /** The connection this backend opened, and closes on shutdown. */
  dataSource: DataSource;
  db: Database;
  search: SearchService;
  letters: CitizenLetters;
  snapshots: SnapshotLoader;
  urls: SiteUrls;
  /** The site's templates from the database, as the publisher renders with them. */
  themes: ThemeRegistry;
}

/**
 * Connects on first use and again after a failure, so apps/site starts (and serves its static
 * files) while the database is down, and search and letters come back with it. Never migrates: apps/api does.
 */
export class LazyBackend {
  private readonly backend: RetryingLazy<DynamicBackend>;

  constructor(
    config: AppConfig,
    connect: (config: AppConfig) => Promise<DataSource> = (appConfig) =>
      openDataSource(appConfig, { entities: ALL_ENTITIES, migrate: false, poolSize: 5 }),
  ) {
    this.backend = new RetryingLazy(async () => {
      const dataSource = await connect(config);
      const db = new Database(dataSource);
      const urls = new SiteUrls(db, config);
      return {
        dataSource,
        db,
        search: new SearchService(dataSource),
        letters: new CitizenLetters(db),
        snapshots: new SnapshotLoader(db, new StandardsService(db), urls, config),
        urls,
        themes: new ThemeRegistry(db, new TemplateSources(db)),
      };
    });
  }

  get(): Promise<DynamicBackend> {
    return this.backend.get();
  }

  async close(): Promise<void> {
    await this.backend
      .take()
      ?.then((backend) => backend.dataSource.destroy())
      .catch(() => undefined);
  }
}
