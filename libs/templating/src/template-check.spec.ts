import { checkTemplate, TemplateError } from './template-check';

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
