import { join } from 'node:path';
import type { TemplateDelegate } from 'handlebars';
import { COMPILE_OPTIONS, createHandlebarsEnv, RUNTIME_OPTIONS } from './handlebars-env';
import { memoizedPartial } from './memoized-partial';
import { partialInputs } from './partial-inputs';
import { partialName } from './template-names';
import { readThemeDir, type ThemeSources } from './theme-sources';
import type { PageBase, PageType } from './view-models';

export const PAGE_TYPES: readonly PageType[] = [
  'home',
  'list',
  'article',
  'single',
  'sitemap-html',
  'notice',
  'search',
  'interaction-form',
  'interaction-query',
  'interaction-list',
];

type Env = ReturnType<typeof createHandlebarsEnv>;

/**
 * Compiles now rather than on first render (what `env.compile` does): syntax errors and unknown
 * helpers fail `Theme.load`, and no render ever pays for compilation. `precompile` emits the same
 * template spec `compile` builds internally; `env.template` binds it to this isolated instance.
 */
function compileEagerly(env: Env, source: string, name: string): TemplateDelegate {
  try {
    const spec: unknown = new Function(`return ${env.precompile(source, COMPILE_OPTIONS)};`)();
    return env.template(spec as TemplateSpecification);
  } catch (error) {
    throw new Error(`Theme template ${name}: ${(error as Error).message}`);
  }
}

/**
 * A compiled theme: the layout, its partials and one template per page type, all read and
 * compiled once at load. Rendering is pure and touches no file.
 */
export class Theme {
  private constructor(
    private readonly layout: TemplateDelegate,
    private readonly pages: Readonly<Record<PageType, TemplateDelegate>>,
    readonly assetsDir: string,
  ) {}

  static load(themeDir: string): Theme {
    return Theme.fromSources(readThemeDir(themeDir), join(themeDir, 'assets'));
  }

  /** A theme from template sources by name (`layout`, `page.home`, `partial.footer` ...). */
  static fromSources(sources: ThemeSources, assetsDir: string): Theme {
    const env = createHandlebarsEnv();
    const load = (name: string) => {
      if (!Object.hasOwn(sources, name)) throw new Error(`Theme has no template ${name}`);
      return compileEagerly(env, sources[name], name);
    };
    const partials = new Map(
      Object.keys(sources).flatMap((name) => {
        const partial = partialName(name);
        return partial ? [[partial, sources[name]] as const] : [];
      }),
    );
    for (const [partial] of partials) {
      const compiled = load(`partial.${partial}`);
      const inputs = partialInputs(partial, partials);
      env.registerPartial(partial, inputs ? memoizedPartial(compiled, inputs) : compiled);
    }
    const pages = Object.fromEntries(PAGE_TYPES.map((type) => [type, load(`page.${type}`)]));
    return new Theme(load('layout'), pages as Record<PageType, TemplateDelegate>, assetsDir);
  }

  /** Renders the page body, then the layout around it (`body` is trusted template output). */
  render(type: PageType, view: PageBase): string {
    if (!Object.hasOwn(this.pages, type)) throw new Error(`Unknown page type ${type}`);
    const body = this.pages[type](view, RUNTIME_OPTIONS);
    return this.layout({ ...view, pageType: type, body }, RUNTIME_OPTIONS);
  }
}
