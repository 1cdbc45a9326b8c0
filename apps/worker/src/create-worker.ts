import type { INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Infrastructure } from '@zhanqun/platform';
import type { AppConfig } from '@zhanqun/shared';
import { WorkerModule } from './worker.module';

/** The worker: a Nest application context (no HTTP) whose bootstrap starts the BullMQ workers. */
export async function createWorker(config: AppConfig, infrastructure: Infrastructure): Promise<INestApplicationContext> {
  const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, infrastructure), {
    logger: ['error', 'warn'],
  });
  await app.init();
  return app;
}
