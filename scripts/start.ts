import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { Queue } from 'bullmq';
import { SingleBar, Presets } from 'cli-progress';
import { ApiModule } from '../apps/api/src/api.module';
import { WORKER_NODE_FLAGS } from '../apps/worker/src/node-flags';
import { demoAccounts, seedDemo } from '@zhanqun/demo';
import { firstStart, openInfrastructure, runMain, type Infrastructure } from '@zhanqun/platform';
import { QueueName } from '@zhanqun/publishing';
import { Database, loadConfig, queuePrefix, type AppConfig } from '@zhanqun/shared';

const DIST = join(__dirname, '..');

/** Migrates, installs the first admin, seeds the demo group once; returns the admin password if generated. */
async function prepare(config: AppConfig, infrastructure: Infrastructure) {
  const context = await NestFactory.createApplicationContext(ApiModule.forRoot(config, infrastructure), { logger: ['error', 'warn'] });
  try {
    const { adminPassword } = await firstStart(context, config);
    let seeded = false;
    if (config.demo) {
      seeded = await seedDemo(context, (message) => console.log(`  演示数据 · ${message}`));
    }
    return { adminPassword, seeded };
  } finally {
    await context.close();
  }
}

function launch(name: string, script: string, env: NodeJS.ProcessEnv, nodeFlags: string[] = []): ChildProcess {
  const child = spawn(process.execPath, ['--enable-source-maps', ...nodeFlags, join(DIST, script)], {
    env,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`[start] ${name} exited (${signal ?? code}); stopping everything`);
      void stop(1);
    }
  });
  return child;
}

let stopping = false;
const children: ChildProcess[] = [];

async function stop(code = 0): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('\n[start] stopping api, worker and site ...');
  await Promise.all(
    children.map(
      (child) =>
        new Promise<void>((resolve) => {
          if (child.exitCode !== null || child.signalCode !== null) return resolve();
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          setTimeout(() => child.kill('SIGKILL'), 10_000).unref();
        }),
    ),
  );
  process.exit(code);
}

async function waitForHealth(config: AppConfig): Promise<void> {
  const url = `http://127.0.0.1:${config.apiPort}/api/v1/health`;
  for (let i = 0; i < 120; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`apps/api did not become healthy at ${url}`);
}

/** Shows the publishing backlog draining after the first start. */
async function showPublishing(config: AppConfig, infrastructure: Infrastructure): Promise<void> {
  const queue = new Queue(QueueName.Render, { connection: infrastructure.redis.duplicate(), prefix: queuePrefix(config) });
  const bar = new SingleBar({ format: '  发布页面 [{bar}] {value}/{total} 页', hideCursor: true }, Presets.shades_classic);
  const db = new Database(infrastructure.dataSource);
  let started = false;
  try {
    for (;;) {
      const [runs] = await db.crossTenant('publishing').query<{ total: string; finished: string; open: string }[]>(
        `SELECT COALESCE(SUM(total), 0) AS total, COALESCE(SUM(done + failed), 0) AS finished, COUNT(*) AS open
           FROM publish_runs WHERE status IN ('queued', 'running')`,
      );
      const waiting = await queue.count();
      if (Number(runs.open) === 0 && waiting === 0) break;
      const total = Number(runs.total) + waiting;
      if (!started) bar.start(Math.max(total, 1), 0);
      started = true;
      bar.setTotal(Math.max(total, Number(runs.finished), 1));
      bar.update(Number(runs.finished));
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    if (started) {
      bar.update(bar.getTotal());
      bar.stop();
    }
  } finally {
    await queue.close();
  }
}

runMain('start', async () => {
  const env = { DEMO: '1', ...process.env };
  const config = loadConfig(env);
  const infrastructure = await openInfrastructure(config);
  console.log('[start] database migrated; preparing the platform ...');
  const { adminPassword } = await prepare(config, infrastructure);

  const childEnv = { ...env, PUBLISH_ROOT: config.publishRoot, JWT_SECRET: config.jwtSecret, DATABASE_URL: config.databaseUrl };
  children.push(launch('worker', 'apps/worker/src/main.js', childEnv, WORKER_NODE_FLAGS));
  children.push(launch('api', 'apps/api/src/main.js', childEnv));
  children.push(launch('site', 'apps/site/src/main.js', childEnv));
  process.once('SIGINT', () => void stop(0));
  process.once('SIGTERM', () => void stop(0));

  await waitForHealth(config);
  await showPublishing(config, infrastructure);
  await infrastructure.close();

  const port = config.publicPort ? `:${config.publicPort}` : '';
  const lines = [
    '',
    '站群 Zhanqun is running',
    `  门户网站   http://www.${config.platformDomain}${port}/`,
    `  教育局     http://jyj.${config.platformDomain}${port}/`,
    `  领导信箱   http://jyj.${config.platformDomain}${port}/interaction/mailbox`,
    `  管理后台   http://localhost:${config.apiPort}/admin/`,
    `  API 文档   http://localhost:${config.apiPort}/api/docs`,
    `  API        http://localhost:${config.apiPort}/api/v1`,
    '',
    `  平台管理员 ${config.adminUsername} / ${adminPassword ?? (config.adminPassword ? '(ADMIN_PASSWORD)' : '(set at first start)')}`,
  ];
  if (config.demo) {
    lines.push('  演示账号:');
    for (const account of demoAccounts()) lines.push(`    ${account.username.padEnd(14)} ${account.password}   ${account.role}`);
  }
  lines.push('', 'Press Ctrl-C to stop.');
  console.log(lines.join('\n'));
});
