import 'reflect-metadata';
import { CitizenLetters } from '@zhanqun/interaction';
import { ALL_ENTITIES } from '@zhanqun/platform';
import { SnapshotLoader } from '@zhanqun/publishing';
import { SearchService } from '@zhanqun/search';
import { openDataSource, type AppConfig } from '@zhanqun/shared';
import { StandardsService } from '@zhanqun/standards';
import { TemplateSources, ThemeRegistry } from '@zhanqun/templating';
import { SiteUrls } from '@zhanqun/tenancy';
import type { DataSource } from 'typeorm';

/** What the dynamic handlers read from: the database and the theme, the same the publisher uses. */
export interface DynamicBackend {
  dataSource: DataSource;
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
  private opening: Promise<DynamicBackend> | null = null;

  constructor(
    private readonly config: AppConfig,
    private readonly connect: (config: AppConfig) => Promise<DataSource> = (appConfig) =>
      openDataSource(appConfig, { entities: ALL_ENTITIES, migrate: false, poolSize: 5 }),
  ) {}

  get(): Promise<DynamicBackend> {
    this.opening ??= this.connect(this.config).then(
      (dataSource) => {
        const urls = new SiteUrls(dataSource, this.config);
        return {
          dataSource,
          search: new SearchService(dataSource),
          letters: new CitizenLetters(dataSource),
          snapshots: new SnapshotLoader(dataSource, new StandardsService(dataSource), urls, this.config),
          urls,
          themes: new ThemeRegistry(dataSource, new TemplateSources(dataSource)),
        };
      },
      (error: unknown) => {
        this.opening = null;
        throw error;
      },
    );
    return this.opening;
  }

  async close(): Promise<void> {
    const opening = this.opening;
    this.opening = null;
    if (opening) await opening.then((backend) => backend.dataSource.destroy()).catch(() => undefined);
  }
}
