import Handlebars from 'handlebars';
import { Parser } from 'htmlparser2';
import { blockHelper, walk, type AstNode } from './template-ast';

/**
 * The HTML a template writes around its Handlebars, as a browser reads it, for the checks on a
 * site's templates: text parts joined with every mustache and comment taken out
 * (`<scr{{!}}ipt>` is `<script>`), each `{{#locked}}` region a placeholder element, parsed by an
 * HTML parser (so `<div/hidden>` has a `hidden` attribute, as it does in a browser).
 */

/** Elements a site's template may not carry: script, styles, raw-text traps, ways to hide or replace content. */
const FORBIDDEN_ELEMENTS = new Set([
  'script',
  'style',
  'link',
  'meta',
  'base',
  'template',
  'noscript',
  'iframe',
  'frame',
  'object',
  'embed',
  'details',
  'dialog',
  'svg',
  'math',
  'title',
  'xmp',
  'plaintext',
  'noembed',
  'noframes',
]);
/** Raw-text elements allowed only when closed: left open they swallow everything after them. */
const MUST_CLOSE = new Set(['textarea']);
const REGION = 'zq-locked-region';

interface Markup {
  text: string;
  /** Where each text part starts in `text`, with its template node (for line and column). */
  parts: { start: number; node: AstNode }[];
}

function markupOf(ast: hbs.AST.Program): Markup {
  const markup: Markup = { text: '', parts: [] };
  walk(ast, (node) => {
    if (node.type === 'ContentStatement') {
      markup.parts.push({ start: markup.text.length, node });
      markup.text += (node as unknown as hbs.AST.ContentStatement).value;
    }
    const [name] = node.type === 'BlockStatement' ? (node as unknown as hbs.AST.BlockStatement).params : [];
    if (blockHelper(node) === 'locked' && name?.type === 'StringLiteral') {
      // The region's own markup is checked against the platform's, word for word.
      markup.text += `<${REGION} name="${(name as hbs.AST.StringLiteral).value}"></${REGION}>`;
      return 'skip';
    }
  });
  return markup;
}

interface Visitor {
  open?(name: string, attributes: Record<string, string>, index: number, stack: string[]): void;
  close?(name: string, implied: boolean): void;
  comment?(index: number): void;
}

function parse(markup: Markup, visitor: Visitor): void {
  const stack: string[] = [];
  const parser: Parser = new Parser(
    {
      onopentag(name, attributes) {
        visitor.open?.(name, attributes, parser.startIndex, stack);
        const described = Object.entries(attributes)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([key, value]) => ` ${key}="${value}"`)
          .join('');
        stack.push(`<${name}${described}>`);
      },
      onclosetag(name, implied) {
        stack.pop();
        visitor.close?.(name, implied);
      },
      oncomment() {
        visitor.comment?.(parser.startIndex);
      },
    },
    { lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  parser.end(markup.text);
}

function attributeProblem(attributes: Record<string, string>): string | null {
  for (const attribute of Object.keys(attributes)) {
    if (attribute === 'style') return '不能使用 style 属性(样式由统一风格提供)';
    if (attribute === 'hidden') return '不能使用 hidden 属性';
    if (attribute.startsWith('on')) return `不能使用事件属性 ${attribute}`;
  }
  return null;
}

/** Markup a site's template may not carry: script, styles, comments, hiding attributes, unclosed raw text. */
export function markupProblems(ast: hbs.AST.Program): { node: AstNode; message: string }[] {
  const markup = markupOf(ast);
  const problems: { node: AstNode; message: string }[] = [];
  const nodeAt = (index: number) => [...markup.parts].reverse().find((part) => part.start <= index)?.node ?? (ast as unknown as AstNode);
  const unclosed = new Map<string, number>();
  parse(markup, {
    open(name, attributes, index) {
      const problem = FORBIDDEN_ELEMENTS.has(name) ? `不能使用 <${name}> 元素` : attributeProblem(attributes);
      if (problem) problems.push({ node: nodeAt(index), message: problem });
      if (MUST_CLOSE.has(name)) unclosed.set(name, index);
    },
    close(name, implied) {
      if (MUST_CLOSE.has(name) && !implied) unclosed.delete(name);
    },
    comment(index) {
      problems.push({ node: nodeAt(index), message: '不能使用 HTML 注释' });
    },
  });
  for (const [name, index] of unclosed) problems.push({ node: nodeAt(index), message: `<${name}> 必须有对应的 </${name}>` });
  return problems;
}

/** For each locked region, the HTML elements it sits in (tag and attributes, outermost first). */
export function lockedRegionAncestors(source: string): Map<string, string> {
  const ancestors = new Map<string, string>();
  parse(markupOf(Handlebars.parse(source)), {
    open(name, attributes, _index, stack) {
      if (name === REGION) ancestors.set(attributes.name, stack.join(''));
    },
  });
  return ancestors;
}
