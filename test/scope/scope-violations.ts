import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import type { TenantEntities } from './tenant-entities';

export interface Violation {
  file: string;
  line: number;
  text: string;
}

export interface ScopeReport {
  violations: Violation[];
  /** file → the cross-tenant reasons it uses. */
  crossTenant: Map<string, Set<string>>;
}

/** Entity-first methods of EntityManager (and DataSource) that would run unscoped. */
const MANAGER_METHODS = new Set([
  'getRepository',
  'find',
  'findBy',
  'findOne',
  'findOneBy',
  'findOneOrFail',
  'findOneByOrFail',
  'findAndCount',
  'count',
  'countBy',
  'exists',
  'existsBy',
  'insert',
  'update',
  'upsert',
  'delete',
  'save',
  'remove',
  'increment',
  'decrement',
  'createQueryBuilder',
  'sum',
  'maximum',
  'minimum',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' || name === 'testing' ? [] : sourceFiles(path);
    return /\.ts$/.test(name) && !/\.(spec|test)\.ts$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** SQL text that reads or writes a tenant table without naming `site_id`. */
function unscopedSql(text: string, tables: Set<string>): boolean {
  for (const match of text.matchAll(/\b(?:FROM|JOIN|UPDATE|INTO)\s+`?([a-z_]+)`?/gi)) {
    if (tables.has(match[1]) && !/site_id/i.test(text)) return true;
  }
  return false;
}

/**
 * Every place in the server code (apps and libs, not tests) that queries a tenant-owned entity
 * other than through `Database.tenant()` or `Database.crossTenant(reason)`:
 * - `getRepository(E)` / `manager.find(E, …)` and the other entity-first methods with a tenant entity;
 * - raw SQL on a tenant table that does not mention `site_id`, unless passed to `crossTenant(…).query`.
 */
export function scanScope(root: string, entities: TenantEntities): ScopeReport {
  const report: ScopeReport = { violations: [], crossTenant: new Map() };
  const files = ['apps/api/src', 'apps/worker/src', 'apps/site/src', 'libs', 'scripts', 'bench'].flatMap((dir) =>
    sourceFiles(join(root, dir)),
  );
  for (const path of files) {
    const file = relative(root, path);
    if (file.startsWith('libs/shared/src/database/') || file.startsWith('libs/shared/src/tenant/')) continue;
    const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.ES2022, true);
    const flag = (node: ts.Node) =>
      report.violations.push({
        file,
        line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1,
        text: node.getText().split('\n')[0].slice(0, 120),
      });
    const visit = (node: ts.Node): void => {
      if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
        const method = node.expression.name.text;
        const [first] = node.arguments;
        if (method === 'crossTenant' && first && ts.isStringLiteral(first)) {
          report.crossTenant.set(file, new Set([...(report.crossTenant.get(file) ?? []), first.text]));
        }
        const viaCrossTenant = node.expression.expression.getText().includes('crossTenant(');
        if (MANAGER_METHODS.has(method) && first && ts.isIdentifier(first) && entities.classes.has(first.text) && !viaCrossTenant)
          flag(node);
        if (
          method === 'query' &&
          first &&
          (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first) || ts.isTemplateExpression(first))
        ) {
          if (!viaCrossTenant && unscopedSql(first.getText(), entities.tables)) flag(node);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return report;
}
