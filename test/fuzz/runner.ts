import fc from 'fast-check';
import type { TestStack } from '../support/stack';
import { routesOf, type OpenApiDocument } from './catalogue';
import { DatabaseChecksum } from './database-checksum';
import { idPools } from './id-pools';
import { showsMarker, violationsOf, type Violation } from './invariants';
import { requestsOf } from './requests';
import { send, uploadBytes } from './send';
import { Sessions } from './sessions';
import { seedWorld } from './world';
import { WorldGuard } from './world-guard';

export interface FuzzOptions {
  runs: number;
  seed: number;
  /** Called after every request. */
  progress?: (done: number) => void;
}

export interface FuzzReport {
  seed: number;
  requests: number;
  durationMs: number;
  byStatus: Record<string, number>;
  byRole: Record<string, number>;
  routes: { total: number; covered: number; accepted: number; neverAccepted: string[] };
  /** Time spent taking database checksums. */
  checksumMs: number;
  /** Refused requests whose database checksum was compared, and the tables compared. */
  refusedChecked: number;
  checkedTables: string[];
  /** Checks of the checks: B's marker in answers to the platform admin, accepted writes the checksum saw. */
  markerShownToAdmin: number;
  acceptedWithChanges: number;
  /** Accepted requests after which the world guard put grants, accounts or sites back. */
  restorations: Record<string, number>;
  violations: Violation[];
}

const count = (tally: Record<string, number>, key: string) => (tally[key] = (tally[key] ?? 0) + 1);

/**
 * Seeds the world into the stack, generates `runs` requests from the api's OpenAPI document with
 * the seed and sends them one by one, checking the invariants of each. The worker must not run:
 * nothing but the request may change the database between the two checksums.
 */
export async function fuzz(stack: TestStack, options: FuzzOptions): Promise<FuzzReport> {
  const world = await seedWorld(stack);
  const document: OpenApiDocument = (await stack.http.get('/api/docs-json')).body;
  const routes = routesOf(document);
  const requests = fc.sample(requestsOf(routes, idPools(world)), { seed: options.seed, numRuns: options.runs });
  const checksum = await DatabaseChecksum.of(stack.infrastructure.dataSource);
  const guard = new WorldGuard(stack, world);
  const sessions = new Sessions(stack, world);
  const uploads = await uploadBytes();

  const report: FuzzReport = {
    seed: options.seed,
    requests: 0,
    durationMs: 0,
    byStatus: {},
    byRole: {},
    routes: { total: routes.length, covered: 0, accepted: 0, neverAccepted: [] },
    checksumMs: 0,
    markerShownToAdmin: 0,
    acceptedWithChanges: 0,
    refusedChecked: 0,
    checkedTables: checksum.tables,
    restorations: {},
    violations: [],
  };
  const covered = new Set<string>();
  const accepted = new Set<string>();
  const take = async () => {
    const at = Date.now();
    const checksums = await checksum.take();
    report.checksumMs += Date.now() - at;
    return checksums;
  };
  const started = Date.now();
  let before = await take();
  for (const [index, request] of requests.entries()) {
    const answer = await send(stack, request, await sessions.authorization(request.role, request.credential), uploads);
    const after = await take();
    report.violations.push(...violationsOf(index, request, answer, before, after));
    report.requests++;
    count(report.byStatus, String(answer?.status ?? 'none'));
    count(report.byRole, request.role);
    covered.add(request.route);
    if (answer && answer.status < 300) accepted.add(request.route);
    if (answer && answer.status >= 400 && answer.status < 500) report.refusedChecked++;
    if (answer && request.role === 'platform_admin' && showsMarker(answer)) report.markerShownToAdmin++;
    if (answer && answer.status < 300 && DatabaseChecksum.changed(before, after).length) report.acceptedWithChanges++;
    before = after;
    if (answer && answer.status < 400 && request.method !== 'get') {
      const { repaired, foreignGrants } = await guard.restore();
      for (const what of repaired) count(report.restorations, `${what} after ${request.route}`);
      if (repaired.length) before = await take();
      if (foreignGrants.length && request.role !== 'platform_admin') {
        report.violations.push({
          kind: 'cross-tenant change',
          index,
          status: answer.status,
          detail: `grants of accounts outside site A changed (userId:siteId:role): ${foreignGrants.join(', ')}`,
          request,
        });
      }
    }
    options.progress?.(index + 1);
  }
  report.durationMs = Date.now() - started;
  report.routes.covered = covered.size;
  report.routes.accepted = accepted.size;
  report.routes.neverAccepted = [...covered].filter((route) => !accepted.has(route)).sort();
  return report;
}

/** The figures of a run, as printed by the test and `npm run fuzz`. */
export function formatReport(report: FuzzReport): string {
  const counts = (tally: Record<string, number>) =>
    Object.entries(tally)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, value]) => `${key}: ${value}`)
      .join(', ');
  const kinds = (kind: Violation['kind']) => report.violations.filter((violation) => violation.kind === kind).length;
  return [
    `API fuzzing — seed ${report.seed}`,
    `  requests:             ${report.requests} in ${(report.durationMs / 1000).toFixed(1)} s (${(report.requests / (report.durationMs / 1000)).toFixed(0)}/s)`,
    `  routes covered:       ${report.routes.covered} of ${report.routes.total} (${report.routes.accepted} answered 2xx at least once)`,
    `  by status:            ${counts(report.byStatus)}`,
    `  by role:              ${counts(report.byRole)}`,
    `  5xx:                  ${kinds('5xx')}`,
    `  no answer:            ${kinds('no answer')}`,
    `  refused with changes: ${kinds('refused with changes')} (of ${report.refusedChecked} refused requests checked over ${report.checkedTables.length} tables; ${report.acceptedWithChanges} accepted requests changed rows)`,
    `  leaks:                ${kinds('leak')} (site B's marker shown to the platform admin ${report.markerShownToAdmin} times)`,
    `  cross-tenant changes: ${kinds('cross-tenant change')}`,
    `  checksums:            ${(report.checksumMs / 1000).toFixed(1)} s in all, ${(report.checksumMs / Math.max(report.requests, 1)).toFixed(1)} ms a request`,
    `  world restored:       ${counts(report.restorations) || 'never'}`,
    `  never answered 2xx:   ${report.routes.neverAccepted.join(', ') || 'none'}`,
  ].join('\n');
}

/** A violation with everything needed to send its request again. */
export function formatViolation(violation: Violation): string {
  const { request } = violation;
  const body = JSON.stringify(request.body, (_key, value) =>
    typeof value === 'string' && value.length > 300 ? `${value.slice(0, 300)}…(${value.length})` : value,
  );
  return [
    `#${violation.index} ${violation.kind} (status ${violation.status}) ${request.route} as ${request.role}${request.role === 'anonymous' ? ` (${request.credential})` : ''}`,
    `  ${request.method.toUpperCase()} ${request.url.slice(0, 500)}`,
    `  headers ${JSON.stringify(request.headers).slice(0, 300)}`,
    `  body ${body.slice(0, 1000)}`,
    `  ${violation.detail.slice(0, 600)}`,
  ].join('\n');
}
