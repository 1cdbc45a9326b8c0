import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { createApi } from '../../../apps/api/src/create-api';
import { firstStart, openInfrastructure } from '@zhanqun/platform';
import { createTestEnvironment, processEnvOf, type TestEnvironment } from '@zhanqun/testing';
import type { AppConfig } from '@zhanqun/shared';
import { createConnection, type Connection } from 'mysql2/promise';
import request from 'supertest';
import { freePort } from './private-servers';
import { WORKER_NODE_FLAGS } from '../../../apps/worker/src/node-flags';
import type TestAgent from 'supertest/lib/agent';

const root = join(__dirname, '..', '..', '..');
let built = false;

/** The apps as separate processes, so a test can kill -9 one of them as a power cut would. */
export interface ProcessStack {
  config: AppConfig;
  env: TestEnvironment;
  http: TestAgent;
  /** A direct connection to the stack's database, for checking invariants. */
  db: Connection;
  /** Opens `db` again (after the database server restarted). */
  reconnectDb(): Promise<void>;
  startApi(faults?: NodeJS.ProcessEnv): Promise<void>;
  startWorker(faults?: NodeJS.ProcessEnv): Promise<void>;
  /** Resolves when the process has died (killed by a crash point, or by `kill`). */
  apiExited(): Promise<void>;
  workerExited(): Promise<void>;
  kill(app: 'api' | 'worker'): Promise<void>;
  close(): Promise<void>;
}

async function exited(child: ChildProcess | null): Promise<void> {
  if (child && child.exitCode === null && child.signalCode === null) await once(child, 'exit');
}

export async function startProcessStack(overrides: NodeJS.ProcessEnv = {}): Promise<ProcessStack> {
  if (!built) {
    execFileSync('npm', ['run', '--silent', 'build:server'], { cwd: root, stdio: 'inherit' });
    built = true;
  }
  const apiPort = await freePort();
  // Short locks, lease and reconciliation, so a killed process's work is taken over within seconds.
  const envOverrides = {
    WORKER_LOCK_MS: '2000',
    OUTBOX_LEASE_MS: '3000',
    API_PORT: String(apiPort),
    TIMER_RECONCILE_MS: '2000',
    ...overrides,
  };
  const env = createTestEnvironment(envOverrides);
  const config = env.config;
  // Migrations and the first admin, in-process, before the apps start.
  const infrastructure = await openInfrastructure(config);
  const setup = await createApi(config, infrastructure);
  await setup.init();
  await firstStart(setup, config);
  await setup.close();
  await infrastructure.close();

  const baseEnv: NodeJS.ProcessEnv = { ...process.env, ...envOverrides, ...processEnvOf(config) };
  const children: Record<'api' | 'worker', ChildProcess | null> = { api: null, worker: null };
  const spawnApp = (app: 'api' | 'worker', faults: NodeJS.ProcessEnv) => {
    const flags = app === 'worker' ? WORKER_NODE_FLAGS : [];
    const child = spawn(process.execPath, [...flags, join(root, 'dist', 'apps', app, 'src', 'main.js')], {
      cwd: root,
      env: { ...baseEnv, ...faults },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.resume();
    child.stderr!.resume();
    children[app] = child;
    return child;
  };
  const stack: ProcessStack = {
    config,
    env,
    http: request(`http://127.0.0.1:${apiPort}`),
    db: await createConnection({ uri: config.databaseUrl, dateStrings: true }),
    async reconnectDb() {
      stack.db.destroy();
      stack.db = await createConnection({ uri: config.databaseUrl, dateStrings: true });
    },
    async startApi(faults = {}) {
      const child = spawnApp('api', faults);
      const deadline = Date.now() + 30000;
      for (;;) {
        if (child.exitCode !== null) throw new Error('api exited on start');
        const ok = await fetch(`http://127.0.0.1:${apiPort}/api/v1/health`).then(
          (r) => r.status < 500,
          () => false,
        );
        if (ok) return;
        if (Date.now() > deadline) throw new Error('api did not start');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    async startWorker(faults = {}) {
      const child = spawnApp('worker', faults);
      let output = '';
      child.stdout!.on('data', (chunk) => (output += chunk));
      const deadline = Date.now() + 30000;
      while (!output.includes('[worker] rendering')) {
        if (child.exitCode !== null || child.signalCode !== null) {
          // Work left in the queues can reach the requested crash point while the worker starts: the crash the test wants, early.
          if ('ZQ_CRASH_AT' in faults) return;
          throw new Error('worker exited on start');
        }
        if (Date.now() > deadline) throw new Error('worker did not start');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    apiExited: () => exited(children.api),
    workerExited: () => exited(children.worker),
    async kill(app) {
      children[app]?.kill('SIGKILL');
      await exited(children[app]);
    },
    async close() {
      await stack.kill('api');
      await stack.kill('worker');
      await stack.db.end();
      await env.dispose();
    },
  };
  return stack;
}
