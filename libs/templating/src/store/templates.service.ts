import { join } from 'node:path';
import { BadRequestException, Inject, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { PUBLISH_EVENTS, runInTenant, UnitOfWork, type PublishEvents } from '@zhanqun/shared';
import { IsNull } from 'typeorm';
import { DEFAULT_THEME_DIR } from '../default-theme';
import { checkTemplate, lockedRegionProblems, siteOverrideProblems, TemplateError, type TemplateProblem } from '../template-check';
import { fileOfTemplate, isTemplateName, LOCKED_TEMPLATES, partialName } from '../template-names';
import { PAGE_TYPES, Theme } from '../theme';
import { pageTypesUsing, type ThemeSources } from '../theme-sources';
import { TemplateSources, type TemplateScope } from './template-sources';
import type { ThemeTemplate } from './theme-template.entity';

export const MAX_TEMPLATE_CHARS = 200_000;

/**
 * The theme's templates in the database (八统一, docs/architecture.md): the portal center's,
 * which every site renders with, and sites' overrides, which may fill the open parts only. Every
 * change is checked (syntax with line and column, escaping, partials, helpers, locked regions)
 * before it is saved, and re-renders only the page types that use the template.
 */
@Injectable()
export class TemplatesService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly sources: TemplateSources,
    @Inject(PUBLISH_EVENTS) private readonly events: PublishEvents,
  ) {}

  /** Copies the shipped theme into the database where a template is not there yet (install, upgrade). */
  async installDefaults(): Promise<void> {
    const rows = Object.entries(this.sources.shipped).map(([name, source]) => ({ siteId: null, name, source }));
    // INSERT IGNORE: only the missing rows go in, so the generated ids TypeORM would read back do
    // not line up with `rows`; there is nothing to read back anyway.
    await this.sources.platformRows.createQueryBuilder().insert().orIgnore().values(rows).updateEntity(false).execute();
  }

  /** The templates of a scope, by name. */
  sourcesFor(scope: TemplateScope): Promise<ThemeSources> {
    return this.sources.of(scope);
  }

  overrides(siteId: number): Promise<ThemeTemplate[]> {
    return this.sources.overrides(siteId);
  }

  async list(scope: TemplateScope) {
    const platform = await this.sources.platform();
    const rows = scope === null ? await this.sources.platformRows.findBy({ siteId: IsNull() }) : await this.sources.overrides(scope);
    const stored = new Map(rows.map((row) => [row.name, row]));
    const own = scope === null ? [] : rows;
    const sources = scope === null ? platform : this.sources.compose(platform, own).sources;
    const usage = pageTypesUsing(sources, PAGE_TYPES);
    const names = [...new Set([...Object.keys(platform), ...own.map((row) => row.name)])].sort();
    return {
      items: names.map((name) => ({
        name,
        file: fileOfTemplate(name),
        locked: LOCKED_TEMPLATES.has(name),
        ...(scope === null ? {} : { overridden: stored.has(name) }),
        pageTypes: [...(usage.get(name) ?? [])],
        updatedAt: stored.get(name)?.updatedAt ?? null,
        updatedBy: stored.get(name)?.updatedBy ?? null,
      })),
    };
  }

  async get(scope: TemplateScope, name: string) {
    const platform = await this.sources.platform();
    const own = scope === null ? undefined : (await this.sources.overrides(scope)).find((row) => row.name === name);
    const source = own?.source ?? platform[name];
    if (source === undefined) throw new NotFoundException(`模板 ${name} 不存在`);
    return {
      name,
      file: fileOfTemplate(name),
      locked: LOCKED_TEMPLATES.has(name),
      source,
      ...(scope === null ? {} : { overridden: Boolean(own), platformSource: platform[name] ?? null }),
    };
  }

  /**
   * The sources `changes` would make for the scope, checked: throws 422 naming each problem
   * with template, line and column. Returns them with the page types the changes touch.
   */
  async draft(scope: TemplateScope, changes: ThemeSources): Promise<{ sources: ThemeSources; pageTypes: string[] }> {
    const platform = await this.sources.platform();
    const base = scope === null ? platform : this.sources.compose(platform, await this.sources.overrides(scope)).sources;
    const sources = { ...base, ...changes };
    const partials = new Set(Object.keys(sources).flatMap((name) => partialName(name) ?? []));
    const problems: TemplateProblem[] = [];
    for (const [name, source] of Object.entries(changes)) {
      if (!isTemplateName(name)) {
        problems.push({ template: name, line: 1, column: 1, message: '模板名称无效:应为 layout、page.<类型> 或 partial.<名称>' });
        continue;
      }
      if (scope !== null && LOCKED_TEMPLATES.has(name)) {
        problems.push({ template: name, line: 1, column: 1, message: '该模板由门户中心锁定(统一标准),站点不能覆盖' });
        continue;
      }
      if (!partialName(name) && platform[name] === undefined) {
        problems.push({ template: name, line: 1, column: 1, message: '没有这种页面类型的模板' });
        continue;
      }
      try {
        checkTemplate(name, source, partials);
      } catch (error) {
        if (!(error instanceof TemplateError)) throw error;
        problems.push(...error.problems);
        continue;
      }
      if (scope !== null) problems.push(...siteOverrideProblems(name, source));
      if (scope !== null && platform[name] !== undefined) problems.push(...lockedRegionProblems(name, platform[name], source));
    }
    if (!problems.length) {
      try {
        Theme.fromSources(sources, '');
      } catch (error) {
        problems.push({ template: '*', line: 1, column: 1, message: `主题无法编译:${(error as Error).message}` });
      }
    }
    if (problems.length) {
      const message = problems.map((p) => `${p.template} 第 ${p.line} 行第 ${p.column} 列:${p.message}`).join(';');
      throw new UnprocessableEntityException({ message: `模板有误:${message}`, problems });
    }
    const usage = pageTypesUsing(sources, PAGE_TYPES);
    const pageTypes = [...new Set(Object.keys(changes).flatMap((name) => [...(usage.get(name) ?? [])]))];
    return { sources, pageTypes };
  }

  /** The theme a site would render with under draft templates of `scope` (for previews). */
  async draftTheme(scope: TemplateScope, changes: ThemeSources, siteId: number): Promise<Theme> {
    const { sources } = await this.draft(scope, changes);
    const forSite = scope === null ? this.sources.compose(sources, await this.sources.overrides(siteId)).sources : sources;
    return Theme.fromSources(forSite, join(DEFAULT_THEME_DIR, 'assets'));
  }

  /** Saves templates of a scope after checking them and re-renders the pages that use them, in one unit of work. */
  async save(scope: TemplateScope, changes: ThemeSources, actorId: number): Promise<{ names: string[]; runId: string | null }> {
    const names = Object.keys(changes);
    if (!names.length) throw new BadRequestException('没有要保存的模板');
    const { pageTypes } = await this.draft(scope, changes);
    return this.uow.run(async () => {
      for (const [name, source] of Object.entries(changes)) {
        if (scope === null) await this.savePlatform(name, source, actorId);
        else await runInTenant({ siteId: scope }, () => this.saveOverride(name, source, actorId));
      }
      return { names, runId: await this.rerender(scope, pageTypes) };
    });
  }

  private async savePlatform(name: string, source: string, actorId: number): Promise<void> {
    const rows = this.sources.platformRows;
    const existing = await rows.findOneBy({ siteId: IsNull(), name });
    if (existing) await rows.update({ id: existing.id }, { source, revision: existing.revision + 1, updatedBy: actorId });
    else await rows.insert({ siteId: null, name, source, updatedBy: actorId });
  }

  private async saveOverride(name: string, source: string, actorId: number): Promise<void> {
    const rows = this.sources.siteRows;
    const existing = await rows.findOneBy({ name });
    if (existing) await rows.update({ id: existing.id }, { source, revision: existing.revision + 1, updatedBy: actorId });
    else await rows.insert({ name, source, updatedBy: actorId });
  }

  /** A site goes back to the platform's template. */
  async revert(siteId: number, name: string): Promise<{ runId: string | null }> {
    const sources = await this.sourcesFor(siteId);
    return this.uow.run(async () => {
      const deleted = await runInTenant({ siteId }, () => this.sources.siteRows.delete({ name }));
      if (!deleted) throw new NotFoundException(`站点没有覆盖模板 ${name}`);
      return { runId: await this.rerender(siteId, [...(pageTypesUsing(sources, PAGE_TYPES).get(name) ?? [])]) };
    });
  }

  private async rerender(scope: TemplateScope, pageTypes: string[]): Promise<string | null> {
    if (!pageTypes.length) return null;
    return this.events.templatesChanged(scope === null ? null : [scope], pageTypes);
  }
}
