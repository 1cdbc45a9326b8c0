import Handlebars from 'handlebars';
import { COMPILE_OPTIONS, createHandlebarsEnv } from './handlebars-env';
import { blockHelper, walk, type AstNode } from './template-ast';
import { lockedRegionAncestors, markupProblems } from './template-markup';

/** Where a template is wrong, in words and with a 1-based line and column. */
export interface TemplateProblem {
  template: string;
  line: number;
  column: number;
  message: string;
}

/** Blocks that render their content with the same context: `body` inside them is still the page's. */
const SAME_CONTEXT_BLOCKS = new Set(['if', 'unless', 'locked']);

export class TemplateError extends Error {
  constructor(readonly problems: TemplateProblem[]) {
    super(problems.map((p) => `${p.template} 第 ${p.line} 行第 ${p.column} 列:${p.message}`).join(';'));
  }
}

function parse(template: string, source: string): hbs.AST.Program {
  try {
    return Handlebars.parse(source);
  } catch (error) {
    const { lineNumber, column } = error as { lineNumber?: number; column?: number };
    const message = (error as Error).message.split('\n').filter((line) => line && !/^-*\^$/.test(line));
    // A block left open is only noticed at the end of the template: point at the block instead.
    const open = /got 'EOF'/.test(message.at(-1) ?? '') ? unclosedBlock(source) : null;
    if (open)
      throw new TemplateError([
        { template, line: open.line, column: open.column, message: `语法错误:{{#${open.name}}} 没有对应的 {{/${open.name}}}` },
      ]);
    // Jison parse errors carry no position; its lexer still holds the offending token's.
    const at = lineNumber ? { line: lineNumber, column: (column ?? 0) + 1 } : lexerPosition();
    throw new TemplateError([{ template, ...at, message: `语法错误:${message.at(-1) ?? ''}` }]);
  }
}

/** Block openings and closings, skipping comments (which may contain mustaches). */
const BLOCK_TAGS = /\{\{!--[\s\S]*?--\}\}|\{\{![\s\S]*?\}\}|\{\{~?\s*([#^/])\s*[>*]?\s*([^\s}~]+)/g;

/** The innermost block still open at the end of `source`, with its 1-based line and column. */
export function unclosedBlock(source: string): { name: string; line: number; column: number } | null {
  const open: { name: string; index: number }[] = [];
  for (const match of source.matchAll(BLOCK_TAGS)) {
    const [, sigil, name] = match;
    if (!sigil) continue;
    if (sigil !== '/') open.push({ name, index: match.index });
    else if (open.at(-1)?.name === name) open.pop();
  }
  const innermost = open.at(-1);
  if (!innermost) return null;
  const before = source.slice(0, innermost.index);
  return { name: innermost.name, line: before.split('\n').length, column: innermost.index - before.lastIndexOf('\n') };
}

function lexerPosition(): { line: number; column: number } {
  const location = (
    (Handlebars as unknown as { Parser: unknown }).Parser as { lexer: { yylloc?: { first_line: number; first_column: number } } }
  ).lexer.yylloc;
  return { line: location?.first_line ?? 1, column: (location?.first_column ?? 0) + 1 };
}

function at(template: string, node: AstNode, message: string): TemplateProblem {
  return { template, line: node.loc.start.line, column: node.loc.start.column + 1, message };
}

/**
 * Only two values may be printed unescaped: the rendered page (`body`), in the layout and in the
 * page's own context — inside `{{#each}}` or `{{#with}}` a `body` could be a citizen's text —
 * and `article.bodyHtml`, sanitized on save.
 */
function rawOutputProblems(template: string, program: hbs.AST.Program): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  walk(program, (node, ancestors) => {
    if (node.type !== 'MustacheStatement' || (node as unknown as hbs.AST.MustacheStatement).escaped) return;
    const path = ((node as unknown as hbs.AST.MustacheStatement).path as hbs.AST.PathExpression).original;
    const contextChanged = ancestors.some((ancestor) => {
      const helper = blockHelper(ancestor);
      return helper !== null && !SAME_CONTEXT_BLOCKS.has(helper);
    });
    const trusted = path === 'article.bodyHtml' || (path === 'body' && template === 'layout' && !contextChanged);
    if (!trusted) problems.push(at(template, node, `不能不转义输出「${path}」:只有布局中的 body 和 article.bodyHtml 可以用 {{{ }}}`));
  });
  return problems;
}

/**
 * Checks one template: it parses, prints nothing unescaped but the trusted values, calls only
 * partials that exist (no dynamic partials, no inline partials that could shadow a locked one)
 * and only the theme's helpers (compiled with knownHelpersOnly). Throws a TemplateError listing every problem.
 */
export function checkTemplate(template: string, source: string, partials: ReadonlySet<string>): hbs.AST.Program {
  const ast = parse(template, source);
  const problems: TemplateProblem[] = [];
  problems.push(...rawOutputProblems(template, ast));
  walk(ast, (node) => {
    // An inline partial could shadow a locked one (`{{#*inline "footer"}}`) without touching the locked region's text.
    if (node.type === 'DecoratorBlock' || node.type === 'Decorator') {
      problems.push(at(template, node, '不允许使用装饰器或内联片段({{#*inline}}),请改用片段模板'));
    }
    if (node.type === 'PartialStatement' || node.type === 'PartialBlockStatement') {
      const name = (node as unknown as hbs.AST.PartialStatement).name;
      if (name.type !== 'PathExpression') problems.push(at(template, node, '不允许动态片段(partial)'));
      else if (!partials.has((name as hbs.AST.PathExpression).original)) {
        problems.push(at(template, node, `片段「${(name as hbs.AST.PathExpression).original}」不存在`));
      }
    }
  });
  if (!problems.length) {
    try {
      createHandlebarsEnv().precompile(ast, COMPILE_OPTIONS);
    } catch (error) {
      const { lineNumber, column } = error as { lineNumber?: number; column?: number };
      problems.push({
        template,
        line: lineNumber ?? 1,
        column: (column ?? 0) + 1,
        message: `编译错误:${(error as Error).message.split(' - ')[0]}`,
      });
    }
  }
  if (problems.length) throw new TemplateError(problems);
  return ast;
}

/**
 * What a site's override may not do besides changing locked regions: carry markup that could
 * hide them or run script, or put a locked region inside a condition or loop (`{{#if}}` around the footer).
 */
export function siteOverrideProblems(template: string, source: string): TemplateProblem[] {
  const ast = Handlebars.parse(source);
  const problems = markupProblems(ast).map(({ node, message }) => at(template, node, `站点模板${message}`));
  const topLevel = new Set(ast.body);
  walk(ast, (node) => {
    if (node.type !== 'BlockStatement' || topLevel.has(node as unknown as hbs.AST.Statement)) return;
    const block = node as unknown as hbs.AST.BlockStatement;
    if ((block.path as hbs.AST.PathExpression).original === 'locked') {
      problems.push(at(template, node, '锁定区域不能放在条件、循环或其他块中'));
    }
  });
  return problems;
}

/** The `{{#locked "name"}}…{{/locked}}` regions of a template, by name, as their exact source. */
export function lockedRegions(source: string): Map<string, { text: string; line: number }> {
  const lines = source.split('\n');
  const offset = (position: hbs.AST.Position) =>
    lines.slice(0, position.line - 1).reduce((sum, line) => sum + line.length + 1, 0) + position.column;
  const regions = new Map<string, { text: string; line: number }>();
  walk(Handlebars.parse(source), (node) => {
    if (node.type !== 'BlockStatement') return;
    const block = node as unknown as hbs.AST.BlockStatement & AstNode;
    const [name] = block.params;
    if ((block.path as hbs.AST.PathExpression).original !== 'locked' || name?.type !== 'StringLiteral') return;
    const text = source.slice(offset(node.loc.start), offset(node.loc.end));
    regions.set((name as hbs.AST.StringLiteral).value, { text, line: node.loc.start.line });
  });
  return regions;
}

/**
 * A site's version of a template must carry every locked region of the platform's, unchanged
 * (whitespace aside). Returns the problems, naming each region.
 */
export function lockedRegionProblems(template: string, platformSource: string, siteSource: string): TemplateProblem[] {
  const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
  const own = lockedRegions(siteSource);
  const problems: TemplateProblem[] = [];
  for (const [name, region] of lockedRegions(platformSource)) {
    const mine = own.get(name);
    if (!mine) problems.push({ template, line: 1, column: 1, message: `删除了锁定区域「${name}」(门户中心模板第 ${region.line} 行)` });
    else if (squeeze(mine.text) !== squeeze(region.text)) {
      problems.push({ template, line: mine.line, column: 1, message: `修改了锁定区域「${name}」,锁定区域必须与门户中心模板一致` });
    }
  }
  // Wrapped in other elements, an unchanged region could still be hidden (<details>, a hiding class).
  const platformAncestors = lockedRegionAncestors(platformSource);
  for (const [name, ancestors] of lockedRegionAncestors(siteSource)) {
    const expected = platformAncestors.get(name);
    if (expected !== undefined && expected !== ancestors) {
      problems.push({
        template,
        line: own.get(name)?.line ?? 1,
        column: 1,
        message: `锁定区域「${name}」外层的 HTML 元素与门户中心模板不同:不能把锁定区域放进其他元素中`,
      });
    }
  }
  return problems;
}
