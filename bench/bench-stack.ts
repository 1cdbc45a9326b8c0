import type { INestApplication } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { firstStart, openInfrastructure, type Infrastructure } from '@zhanqun/platform';
import type { AppConfig } from '@zhanqun/shared';
import { createTestEnvironment, type TestEnvironment } from '@zhanqun/testing';
import { createApi } from '../apps/api/src/create-api';
import { forgetProvisioningRebuilds } from './group-rebuild';
import { seedSyntheticGroup } from './synthetic-group';

/** What every bench that renders runs on: a private environment, the api app and a scratch folder. */
export interface BenchStack {
  config: AppConfig;
  infrastructure: Infrastructure;
  api: INestApplication;
  scratch: string;
  /** Releases everything: the app, connections, database, Redis keys, publish root and scratch. */
  close(): Promise<void>;
}

export async function openBenchStack(): Promise<BenchStack> {
  const env: TestEnvironment = createTestEnvironment();
  const infrastructure = await openInfrastructure(env.config);
  const api = await createApi(env.config, infrastructure);
  const scratch = mkdtempSync(join(tmpdir(), 'zq-bench-'));
  return {
    config: env.config,
    infrastructure,
    api,
    scratch,
    async close() {
      await api.close();
      await infrastructure.close();
      await env.dispose();
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/**
 * The platform's first start, then the synthetic group (`sites` × `articles`), with the rebuilds
 * provisioning queued forgotten: a bench renders the group when it says so. Returns the site ids.
 */
export async function seedBenchGroup(stack: BenchStack, sites: number, articles: number): Promise<number[]> {
  await firstStart(stack.api, stack.config);
  const siteIds = await seedSyntheticGroup(stack.api, sites, articles);
  await forgetProvisioningRebuilds(stack.api, stack.config);
  return siteIds;
}

/** Runs a bench to its end and exits (open handles would keep the process alive), 1 on an error. */
export function runBench(main: () => Promise<void>): void {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
