import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { TemplateDelegate } from 'handlebars';
import { COMPILE_OPTIONS, createHandlebarsEnv, RUNTIME_OPTIONS } from './handlebars-env';
import type { PageBase, PageType } from './view-models';

const PAGE_TYPES: PageType[] = ['home', 'list', 'article', 'single', 'sitemap-html', 'notice'];

/**
 * A compiled theme: the layout, its partials and one template per page type, all read and
 * compiled once at load. Rendering is pure and touches no file.
 */
export class Theme {
  private constructor(
    private readonly layout: TemplateDelegate,
    private readonly pages: Map<PageType, TemplateDelegate>,
    readonly assetsDir: string,
  ) {}

  static load(themeDir: string): Theme {
    const env = createHandlebarsEnv();
    const read = (path: string) => readFileSync(join(themeDir, path), 'utf8');
    const partialsDir = join(themeDir, 'partials');
    for (const file of readdirSync(partialsDir).filter((name) => name.endsWith('.hbs'))) {
      env.registerPartial(basename(file, '.hbs'), env.compile(read(join('partials', file)), COMPILE_OPTIONS));
    }
    const pages = new Map<PageType, TemplateDelegate>();
    for (const type of PAGE_TYPES) {
      const path = join('pages', `${type}.hbs`);
      if (!existsSync(join(themeDir, path))) throw new Error(`Theme ${themeDir} has no ${path}`);
      pages.set(type, env.compile(read(path), COMPILE_OPTIONS));
    }
    return new Theme(env.compile(read('layout.hbs'), COMPILE_OPTIONS), pages, join(themeDir, 'assets'));
  }

  /** Renders a page body, then the layout around it. */
  render(type: PageType, view: PageBase): string {
    const page = this.pages.get(type);
    if (!page) throw new Error(`Unknown page type ${type}`);
    const body = page(view, RUNTIME_OPTIONS);
    return this.layout({ ...view, pageType: type, body }, RUNTIME_OPTIONS);
  }
}
