import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export async function freePort(): Promise<number> {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const port = (server.address() as { port: number }).port;
  server.close();
  return port;
}

async function listening(port: number, timeoutMs = 30000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => (socket.end(), resolve(true)));
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`nothing listens on ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A server process of the test's own (Redis, MariaDB) that it may kill and start again without disturbing anyone else. */
export interface PrivateServer {
  port: number;
  start(): Promise<void>;
  /** kill -9, as a crash or a power cut would. */
  kill(): Promise<void>;
  dispose(): Promise<void>;
}

function privateServer(port: number, command: string, args: string[], cleanup: () => void = () => undefined): PrivateServer {
  let child: ChildProcess | null = null;
  const server: PrivateServer = {
    port,
    async start() {
      child = spawn(command, args, { stdio: 'ignore' });
      await listening(port);
    },
    async kill() {
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await once(child, 'exit');
    },
    async dispose() {
      await server.kill();
      cleanup();
    },
  };
  return server;
}

export async function privateRedis(): Promise<PrivateServer> {
  const port = await freePort();
  return privateServer(port, 'redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no']);
}

/** A MariaDB server on its own data directory (root without password on 127.0.0.1). */
export async function privateMariaDb(): Promise<PrivateServer> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'zq-mariadb-'));
  execFileSync(
    'mariadb-install-db',
    ['--no-defaults', '--user=root', `--datadir=${dir}/data`, '--auth-root-authentication-method=normal', '--skip-test-db'],
    {
      stdio: 'ignore',
    },
  );
  const args = [
    '--no-defaults',
    `--datadir=${dir}/data`,
    `--port=${port}`,
    '--bind-address=127.0.0.1',
    `--socket=${dir}/mysqld.sock`,
    '--user=root',
    '--skip-log-bin',
    '--innodb-buffer-pool-size=64M',
  ];
  return privateServer(port, '/usr/sbin/mariadbd', args, () => rmSync(dir, { recursive: true, force: true }));
}
