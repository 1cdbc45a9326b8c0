import Handlebars from 'handlebars';

/** Blocks that render their content with the context they are given: the partial's own iteration. */
const CONTEXT_BLOCKS = new Set(['each', 'with']);
/** Blocks that render their content with the same context. */
const SAME_CONTEXT_BLOCKS = new Set(['if', 'unless', 'locked']);
/** Data variables a partial's own `{{#each}}` sets; any other (`@root`) reaches outside the partial. */
const ITERATION_DATA = new Set(['index', 'key', 'first', 'last']);

class Unbounded extends Error {}

/**
 * The top-level keys of its context that a partial (with the partials it calls) reads, or null
 * when its output may depend on anything else: `this` as a whole, `../` above its own blocks,
 * `@root`, block params, partial blocks, inline partials or partials called with arguments.
 * With these keys, two calls whose context holds the same values render the same text.
 */
export function partialInputs(name: string, sources: ReadonlyMap<string, string>): string[] | null {
  const keys = new Set<string>();
  try {
    readPartial(name, sources, keys, new Set());
  } catch (error) {
    if (error instanceof Unbounded) return null;
    throw error;
  }
  return [...keys].sort();
}

function readPartial(name: string, sources: ReadonlyMap<string, string>, keys: Set<string>, visiting: Set<string>): void {
  const source = sources.get(name);
  if (source === undefined || visiting.has(name)) throw new Unbounded();
  visiting.add(name);
  new InputReader(sources, keys, visiting).program(parsed(source), 0, 0);
  visiting.delete(name);
}

/** A partial that does not parse is reported when it is compiled; here it only ends the analysis. */
function parsed(source: string): hbs.AST.Program {
  try {
    return Handlebars.parse(source);
  } catch {
    throw new Unbounded();
  }
}

class InputReader {
  constructor(
    private readonly sources: ReadonlyMap<string, string>,
    private readonly keys: Set<string>,
    private readonly visiting: Set<string>,
  ) {}

  /** `depth`: contexts the partial's own blocks pushed; `loops`: enclosing `{{#each}}` blocks. */
  program(program: hbs.AST.Program | undefined, depth: number, loops: number): void {
    if (!program) return;
    if (program.blockParams?.length) throw new Unbounded();
    for (const statement of program.body) this.statement(statement, depth, loops);
  }

  private statement(node: hbs.AST.Statement, depth: number, loops: number): void {
    switch (node.type) {
      case 'ContentStatement':
      case 'CommentStatement':
        return;
      case 'MustacheStatement': {
        const mustache = node as hbs.AST.MustacheStatement;
        return this.call(mustache.path, mustache.params, mustache.hash, depth, loops);
      }
      case 'BlockStatement': {
        const block = node as hbs.AST.BlockStatement;
        const helper = (block.path as hbs.AST.PathExpression).original;
        if (!CONTEXT_BLOCKS.has(helper) && !SAME_CONTEXT_BLOCKS.has(helper)) throw new Unbounded();
        this.arguments(block.params, block.hash, depth, loops);
        const inner = CONTEXT_BLOCKS.has(helper) ? depth + 1 : depth;
        this.program(block.program, inner, helper === 'each' ? loops + 1 : loops);
        this.program(block.inverse, depth, loops);
        return;
      }
      case 'PartialStatement': {
        const partial = node as hbs.AST.PartialStatement;
        if (partial.name.type !== 'PathExpression' || partial.params.length || partial.hash) throw new Unbounded();
        // A nested partial reads the context it is called in: at the top, the same top-level keys.
        if (depth > 0) throw new Unbounded();
        return readPartial((partial.name as hbs.AST.PathExpression).original, this.sources, this.keys, this.visiting);
      }
      default:
        throw new Unbounded(); // partial blocks, decorators, inline partials
    }
  }

  private call(path: hbs.AST.Expression, params: hbs.AST.Expression[], hash: hbs.AST.Hash | undefined, depth: number, loops: number): void {
    // With arguments, the path names a helper (only the theme's pure helpers compile).
    if (params.length || hash) this.arguments(params, hash, depth, loops);
    else this.expression(path, depth, loops);
  }

  private arguments(params: hbs.AST.Expression[], hash: hbs.AST.Hash | undefined, depth: number, loops: number): void {
    for (const param of params) this.expression(param, depth, loops);
    for (const pair of hash?.pairs ?? []) this.expression(pair.value, depth, loops);
  }

  private expression(node: hbs.AST.Expression, depth: number, loops: number): void {
    if (node.type === 'SubExpression') {
      const sub = node as hbs.AST.SubExpression;
      return this.arguments(sub.params, sub.hash, depth, loops);
    }
    if (node.type !== 'PathExpression') return; // literals
    const path = node as hbs.AST.PathExpression;
    if (path.data) {
      if (loops === 0 || !ITERATION_DATA.has(path.parts[0])) throw new Unbounded();
      return;
    }
    const level = depth - path.depth;
    if (level < 0) throw new Unbounded(); // `../` above the partial's own context
    if (level > 0) return; // a value of the partial's own iteration, reached through a top-level key
    if (!path.parts.length) throw new Unbounded(); // `this`: the whole context
    this.keys.add(path.parts[0]);
  }
}
