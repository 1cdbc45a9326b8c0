import { Injectable, Logger } from '@nestjs/common';
import { Database, runInTenant } from '@zhanqun/shared';
import { DEFAULT_THEME_DIR } from '../default-theme';
import { Theme } from '../theme';
import { join } from 'node:path';
import { TemplateSources, type TemplateScope } from './template-sources';

interface Stamp {
  platform: string;
  site: string;
}

/** Row count, revisions and last update of a set of templates: changes when any of them does. */
const STAMP = "CONCAT(COUNT(*), '/', SUM(t.revision), '/', MAX(t.updated_at))";

/**
 * Compiled themes per site, recompiled when their templates change in any process: each call
 * compares a cheap stamp (row count, revisions, last update) of the platform's and the site's
 * templates with the compiled one's. Sites without overrides share the platform's theme.
 */
@Injectable()
export class ThemeRegistry {
  private readonly logger = new Logger('ThemeRegistry');
  private readonly assetsDir = join(DEFAULT_THEME_DIR, 'assets');
  private platform: { stamp: string; theme: Theme } | null = null;
  private readonly sites = new Map<number, { stamp: Stamp; theme: Theme }>();

  constructor(
    private readonly db: Database,
    private readonly templates: TemplateSources,
  ) {}

  private async stamps(siteId: number | null): Promise<Stamp> {
    const [platform] = await this.db
      .crossTenant('portalCenter')
      .query<{ stamp: string | null }[]>(`SELECT ${STAMP} AS stamp FROM theme_templates t WHERE t.site_id IS NULL`);
    const site =
      siteId === null
        ? undefined
        : await runInTenant({ siteId }, () =>
            this.templates.siteRows.createQueryBuilder('t').select(STAMP, 'stamp').getRawOne<{ stamp: string | null }>(),
          );
    return { platform: platform?.stamp ?? '', site: site?.stamp ?? '' };
  }

  async themeFor(scope: TemplateScope): Promise<Theme> {
    const stamp = await this.stamps(scope);
    const platform = await this.platformTheme(stamp.platform);
    if (scope === null || stamp.site === '') return platform;
    const cached = this.sites.get(scope);
    if (cached && cached.stamp.platform === stamp.platform && cached.stamp.site === stamp.site) return cached.theme;
    const { sources, ignored } = this.templates.compose(await this.templates.platform(), await this.templates.overrides(scope));
    if (ignored.length)
      this.logger.warn(`Site ${scope}: overrides no longer keeping the locked regions are ignored: ${ignored.join(', ')}`);
    let theme = platform;
    try {
      theme = Theme.fromSources(sources, this.assetsDir);
    } catch (error) {
      this.logger.error(`Site ${scope}: its templates no longer compile, using the platform's: ${(error as Error).message}`);
    }
    this.sites.set(scope, { stamp, theme });
    return theme;
  }

  private async platformTheme(stamp: string): Promise<Theme> {
    if (this.platform?.stamp !== stamp) {
      this.platform = { stamp, theme: Theme.fromSources(await this.templates.platform(), this.assetsDir) };
    }
    return this.platform.theme;
  }
}
