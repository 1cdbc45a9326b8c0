export type AstNode = hbs.AST.Node & { loc: hbs.AST.SourceLocation };

/**
 * Visits every node of a Handlebars AST in source order, with the nodes it sits in (outermost
 * first). A visitor returning `'skip'` leaves the node's children out.
 */
export function walk(node: unknown, visit: (node: AstNode, ancestors: AstNode[]) => void | 'skip', ancestors: AstNode[] = []): void {
  if (!node || typeof node !== 'object') return;
  let inside = ancestors;
  if ('type' in node && 'loc' in node) {
    if (visit(node as AstNode, ancestors) === 'skip') return;
    inside = [...ancestors, node as AstNode];
  }
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => walk(child, visit, inside));
    else if (value && typeof value === 'object' && 'type' in value) walk(value, visit, inside);
  }
}

/** The helper a block calls: `each` for `{{#each …}}`. */
export function blockHelper(node: AstNode): string | null {
  return node.type === 'BlockStatement' ? ((node as unknown as hbs.AST.BlockStatement).path as hbs.AST.PathExpression).original : null;
}
