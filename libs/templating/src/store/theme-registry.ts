import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEFAULT_THEME_DIR } from '../default-theme';
import { Theme } from '../theme';
import { join } from 'node:path';
import { TemplateSources, type TemplateScope } from './template-sources';

interface Stamp {
  platform: string;
  site: string;
}

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
    private readonly dataSource: DataSource,
    private readonly templates: TemplateSources,
  ) {}

  private async stamps(siteId: number | null): Promise<Stamp> {
    const rows: { platform: number; stamp: string }[] = await this.dataSource.query(
      `SELECT site_id IS NULL AS platform, CONCAT(COUNT(*), '/', SUM(revision), '/', MAX(updated_at)) AS stamp
         FROM theme_templates WHERE site_id IS NULL OR site_id = ? GROUP BY site_id IS NULL`,
      [siteId ?? 0],
    );
    const of = (platform: boolean) => rows.find((row) => Boolean(Number(row.platform)) === platform)?.stamp ?? '';
    return { platform: of(true), site: siteId === null ? '' : of(false) };
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
