import { formatReport, formatViolation, fuzz } from './fuzz/runner';
import { startStack, type TestStack } from './support/stack';

/**
 * Property-based fuzzing of every route of the API (docs/reliability.md): generated requests,
 * good and bad, as every role. `npm test` runs a short fixed-seed run; `npm run fuzz` the full one
 * (FUZZ_RUNS, FUZZ_SEED override both).
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 1500);
const SEED = Number(process.env.FUZZ_SEED ?? 20260501);
const FULL = process.env.FUZZ_RUNS !== undefined;

describe('API fuzzing', () => {
  let stack: TestStack;

  beforeAll(async () => {
    // No worker: between the checksums before and after a request, only the request may write.
    stack = await startStack({ worker: false });
  });
  afterAll(() => stack?.close());

  it(
    `answers ${RUNS} generated requests (seed ${SEED}) without a 5xx, a change by a refused request or a leak`,
    async () => {
      const report = await fuzz(stack, {
        runs: RUNS,
        seed: SEED,
        progress: FULL ? (done) => done % 500 === 0 && process.stderr.write(`  fuzz: ${done}/${RUNS} requests\n`) : undefined,
      });
      process.stdout.write(`\n${formatReport(report)}\n`);
      if (report.violations.length) {
        process.stdout.write(`\nReproduce with FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}. Violations:\n`);
        process.stdout.write(`${report.violations.slice(0, 30).map(formatViolation).join('\n')}\n`);
      }
      expect(report.violations.map((violation) => `#${violation.index} ${violation.kind} ${violation.request.route}`)).toEqual([]);
      expect(report.routes.covered).toBe(report.routes.total);
    },
    RUNS * 250 + 60_000,
  );
});
