/**
 * Node flags every worker process starts with (scripts/start.ts, the bench, the fault tests,
 * apps/worker's Nx target and docker/docker-compose.yml, which repeats them).
 *
 * A rebuild allocates fast, and V8 answers with a large heap it rarely gives back: 530–550 MB
 * resident per worker during the bench's group rebuild. A 320 MB old space keeps it at about
 * 285 MB for some 7 % more CPU per page in garbage collection (docs/benchmarks.md); what jobs
 * hold at once (a site's summaries and 250 rendered pages per chunk) stays far below it.
 */
export const WORKER_NODE_FLAGS = ['--max-old-space-size=320'];
