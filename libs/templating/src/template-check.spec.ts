import { checkTemplate, lockedRegionProblems, siteOverrideProblems, TemplateError, unclosedBlock } from './template-check';

const PARTIALS = new Set(['letter-card', 'footer']);

function problemsOf(name: string, source: string): string[] {
  try {
    checkTemplate(name, source, PARTIALS);
    return [];
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error;
    return error.problems.map((problem) => `${problem.line}:${problem.column} ${problem.message}`);
  }
}

describe('checkTemplate: syntax errors', () => {
  it('points an unclosed block at its opening, not at the end of the template', () => {
    expect(problemsOf('page.list', '<ul>\n  {{#each items}}\n  <li>{{#if title}}{{title}}{{/if}}</li>\n</ul>\n')).toEqual([
      '2:3 语法错误:{{#each}} 没有对应的 {{/each}}',
    ]);
  });

  it('finds the innermost open block, past comments, inverse and partial blocks', () => {
    expect(unclosedBlock('{{!-- {{#if x}} --}}{{#> layout}}\n{{^items}}none{{/items}}\n  {{#with site}}')).toEqual({
      name: 'with',
      line: 3,
      column: 3,
    });
    expect(unclosedBlock('{{#if a}}{{else}}{{/if}}')).toBeNull();
  });
});

describe('checkTemplate: unescaped output', () => {
  it("lets the layout print the page's body and any template the sanitized article HTML", () => {
    expect(problemsOf('layout', '<main>{{#if site}}{{#locked "main"}}{{{body}}}{{/locked}}{{/if}}</main>')).toEqual([]);
    expect(problemsOf('partial.article-body', '<div>{{{article.bodyHtml}}}</div>')).toEqual([]);
  });

  it("refuses `body` where it could be a citizen's text: inside each/with, or outside the layout", () => {
    expect(problemsOf('layout', '{{#each letters}}{{{body}}}{{/each}}')).toEqual([
      '1:18 不能不转义输出「body」:只有布局中的 body 和 article.bodyHtml 可以用 {{{ }}}',
    ]);
    expect(problemsOf('layout', '{{#with letter}}<p>{{{body}}}</p>{{/with}}')).toHaveLength(1);
    expect(problemsOf('partial.letter-card', '{{{body}}}')).toHaveLength(1);
    expect(problemsOf('page.interaction-query', '{{#if letter}}{{{letter.text}}}{{/if}}')).toHaveLength(1);
    expect(problemsOf('layout', '{{{this.body}}}{{{../body}}}{{{"<b>"}}}')).toHaveLength(3);
  });
});

describe("a site's template markup", () => {
  const markup = (source: string) => siteOverrideProblems('page.home', source).map((problem) => problem.message);

  it.each([
    ['<scr{{!}}ipt>alert(1)</script>', '不能使用 <script> 元素'],
    ['<sty{{!-- --}}le>footer{display:none}</style>', '不能使用 <style> 元素'],
    ['<div/hidden>x</div>', '不能使用 hidden 属性'],
    ['<div/style="display:none">x</div>', '不能使用 style 属性'],
    ['<img src=x onerror="alert(1)">', '不能使用事件属性 onerror'],
    ['<link rel=stylesheet href=//evil.test/x.css>', '不能使用 <link> 元素'],
    ['<details><summary>x</summary>y</details>', '不能使用 <details> 元素'],
    ['<p>意见<textarea name="x">', '<textarea> 必须有对应的 </textarea>'],
    ['<!-- x -->', '不能使用 HTML 注释'],
  ])('refuses %s', (source, message) => {
    expect(markup(source).join(';')).toContain(message);
  });

  it('accepts ordinary markup, a closed textarea and the platform-locked regions as they are', () => {
    expect(markup('<section class="home"><h2>{{site.name}}</h2><textarea name="x">{{x}}</textarea></section>')).toEqual([]);
  });

  it('refuses an unchanged locked region wrapped in other elements', () => {
    const platform = '<main>{{{body}}}</main>\n{{#locked "footer"}}{{> footer}}{{/locked}}';
    expect(lockedRegionProblems('layout', platform, platform)).toEqual([]);
    for (const wrapped of [
      '<main>{{{body}}}</main>\n<div class="visually-hidden">{{#locked "footer"}}{{> footer}}{{/locked}}</div>',
      '<main>{{{body}}}\n{{#locked "footer"}}{{> footer}}{{/locked}}</main>',
    ]) {
      expect(lockedRegionProblems('layout', platform, wrapped).map((problem) => problem.message)).toEqual([
        '锁定区域「footer」外层的 HTML 元素与门户中心模板不同:不能把锁定区域放进其他元素中',
      ]);
    }
  });
});
