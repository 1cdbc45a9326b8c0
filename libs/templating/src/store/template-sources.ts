import { Injectable } from '@nestjs/common';
import { Database, runInTenant } from '@zhanqun/shared';
import { IsNull } from 'typeorm';
import { DEFAULT_THEME_DIR } from '../default-theme';
import { lockedRegionProblems, siteOverrideProblems } from '../template-check';
import { LOCKED_TEMPLATES } from '../template-names';
import { readThemeDir, type ThemeSources } from '../theme-sources';
import { ThemeTemplate } from './theme-template.entity';

/** `siteId` null: the platform's templates (the portal center); a number: that site's overrides. */
export type TemplateScope = number | null;

/** A site's own template: `db.tenant()` reads the rows of a site, whose `siteId` is set. */
type SiteTemplate = ThemeTemplate & { siteId: number };

/**
 * Reads the templates a scope renders with: the shipped theme (templates/default), overridden
 * by the platform's rows, overridden by a site's rows where they still keep the locked regions.
 * Read-only, so apps/site can use it without the rest of the API.
 */
@Injectable()
export class TemplateSources {
  /** The shipped theme: what a template not in the database falls back to. */
  readonly shipped: ThemeSources = readThemeDir(DEFAULT_THEME_DIR);

  constructor(private readonly db: Database) {}

  /** The portal center's rows (site null), the templates every site renders with. */
  get platformRows() {
    return this.db.crossTenant('portalCenter').repository(ThemeTemplate);
  }

  /** The rows of the site in the tenant context. */
  get siteRows() {
    return this.db.tenant<SiteTemplate>(ThemeTemplate);
  }

  async platform(): Promise<ThemeSources> {
    const rows = await this.platformRows.findBy({ siteId: IsNull() });
    return { ...this.shipped, ...Object.fromEntries(rows.map((row) => [row.name, row.source])) };
  }

  overrides(siteId: number): Promise<ThemeTemplate[]> {
    return runInTenant({ siteId }, () => this.siteRows.find({ order: { name: 'ASC' } }));
  }

  /**
   * A site's sources: the platform's plus those of its overrides that still keep the locked
   * regions (a later platform change may have moved them on).
   */
  compose(platform: ThemeSources, overrides: Pick<ThemeTemplate, 'name' | 'source'>[]): { sources: ThemeSources; ignored: string[] } {
    const sources = { ...platform };
    const ignored: string[] = [];
    for (const { name, source } of overrides) {
      const conforms =
        !LOCKED_TEMPLATES.has(name) &&
        siteOverrideProblems(name, source).length === 0 &&
        (!platform[name] || lockedRegionProblems(name, platform[name], source).length === 0);
      if (conforms) sources[name] = source;
      else ignored.push(name);
    }
    return { sources, ignored };
  }

  async of(scope: TemplateScope): Promise<ThemeSources> {
    const platform = await this.platform();
    return scope === null ? platform : this.compose(platform, await this.overrides(scope)).sources;
  }
}
