import type { INestApplication, INestApplicationContext } from '@nestjs/common';
import { openInfrastructure, firstStart, type Infrastructure } from '@zhanqun/platform';
import { createTestEnvironment, type TestEnvironment } from '@zhanqun/testing';
import type { AppConfig } from '@zhanqun/shared';
import request from 'supertest';
import type TestAgent from 'supertest/lib/agent';
import { createApi } from '../../apps/api/src/create-api';
import { createWorker } from '../../apps/worker/src/create-worker';

/**
 * The whole platform in one test process, against a private MariaDB database, Redis prefix and
 * publish root: apps/api (HTTP on an ephemeral port) and, unless disabled, apps/worker.
 */
export interface TestStack {
  config: AppConfig;
  env: TestEnvironment;
  infrastructure: Infrastructure;
  api: INestApplication;
  http: TestAgent;
  worker: INestApplicationContext | null;
  startWorker(): Promise<INestApplicationContext>;
  stopWorker(): Promise<void>;
  close(): Promise<void>;
}

export async function startStack(options: { worker?: boolean; env?: NodeJS.ProcessEnv } = {}): Promise<TestStack> {
  const env = createTestEnvironment({ WORKER_LOCK_MS: '2000', ...options.env });
  const infrastructure = await openInfrastructure(env.config);
  const api = await createApi(env.config, infrastructure);
  await api.init();
  await firstStart(api, env.config);
  const stack: TestStack = {
    config: env.config,
    env,
    infrastructure,
    api,
    http: request(api.getHttpServer()),
    worker: null,
    async startWorker() {
      stack.worker = await createWorker(env.config, infrastructure);
      return stack.worker;
    },
    async stopWorker() {
      await stack.worker?.close();
      stack.worker = null;
    },
    async close() {
      await stack.stopWorker();
      await api.close();
      await infrastructure.close();
      await env.dispose();
    },
  };
  if (options.worker !== false) await stack.startWorker();
  return stack;
}
