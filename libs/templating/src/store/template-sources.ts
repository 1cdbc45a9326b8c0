import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { DEFAULT_THEME_DIR } from '../default-theme';
import { lockedRegionProblems, siteOverrideProblems } from '../template-check';
import { LOCKED_TEMPLATES } from '../template-names';
import { readThemeDir, type ThemeSources } from '../theme-sources';
import { ThemeTemplate } from './theme-template.entity';

/** `siteId` null: the platform's templates (the portal center); a number: that site's overrides. */
export type TemplateScope = number | null;

export const scopeWhere = (scope: TemplateScope) => ({ siteId: scope === null ? IsNull() : scope });

/**
 * Reads the templates a scope renders with: the shipped theme (templates/default), overridden
 * by the platform's rows, overridden by a site's rows where they still keep the locked regions.
 * Read-only, so apps/site can use it without the rest of the API.
 */
@Injectable()
export class TemplateSources {
  /** The shipped theme: what a template not in the database falls back to. */
  readonly shipped: ThemeSources = readThemeDir(DEFAULT_THEME_DIR);

  constructor(private readonly dataSource: DataSource) {}

  async platform(): Promise<ThemeSources> {
    const rows = await this.dataSource.getRepository(ThemeTemplate).find({ where: scopeWhere(null) });
    return { ...this.shipped, ...Object.fromEntries(rows.map((row) => [row.name, row.source])) };
  }

  overrides(siteId: number): Promise<ThemeTemplate[]> {
    return this.dataSource.getRepository(ThemeTemplate).find({ where: scopeWhere(siteId), order: { name: 'ASC' } });
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
