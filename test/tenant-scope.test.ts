import { join } from 'node:path';
import { scanScope } from './scope/scope-violations';
import { tenantEntities } from './scope/tenant-entities';

/**
 * Tenant scope by construction: tenant-owned rows are reached only through `Database.tenant()`
 * (scoped to the tenant in context) or `Database.crossTenant(reason)` (a named exception listed
 * in libs/shared/src/tenant/cross-tenant.ts). This test reads the source and fails on any other
 * query of a tenant-owned entity or table.
 */
describe('tenant scope', () => {
  it('queries tenant-owned entities only through the scoped or named cross-tenant accessors', async () => {
    const report = scanScope(join(__dirname, '..'), await tenantEntities());
    expect(report.violations.map((v) => `${v.file}:${v.line} ${v.text}`)).toEqual([]);
  });
});
