import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, get, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The start script as it really runs: a child process (compiled on the fly by a tiny swc
 * require hook), its one log line, clustering, and a clean exit on SIGTERM.
 */
describe('apps/site main.ts', () => {
  let root: string;
  let hook: string;

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'zq-site-main-'));
    mkdirSync(join(root, 'sites', 'jyj'), { recursive: true });
    writeFileSync(join(root, 'sites', 'jyj', 'index.html'), '<p>首页</p>');
    writeFileSync(
      join(root, 'hosts.json'),
      JSON.stringify({ version: 1, hosts: { 'jyj.zhanqun.test': { code: 'jyj', status: 'active', primary: 'jyj.zhanqun.test' } } }),
    );
    hook = join(root, 'ts-hook.js');
    writeFileSync(
      hook,
      `const { transformSync } = require(${JSON.stringify(require.resolve('@swc/core'))});
const { readFileSync } = require('node:fs');
require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename, swcrc: false, module: { type: 'commonjs' }, jsc: { target: 'es2022', parser: { syntax: 'typescript' } },
  });
  module._compile(code, filename);
};
`,
    );
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  interface Started {
    child: ChildProcess;
    stdout: () => string;
    stderr: () => string;
    exited: Promise<number | null>;
  }

  function start(env: Record<string, string>): Started {
    const child = spawn(process.execPath, ['-r', hook, join(__dirname, 'main.ts')], {
      env: { ...process.env, PUBLISH_ROOT: root, SITE_PORT: '0', SITE_WORKERS: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    return { child, stdout: () => out, stderr: () => err, exited };
  }

  async function listeningPort(started: Started): Promise<number> {
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      const match = /listening on http:\/\/0\.0\.0\.0:(\d+), serving (.+)/.exec(started.stdout());
      if (match) {
        expect(match[2]).toContain(root);
        return Number(match[1]);
      }
      if (started.child.exitCode !== null) throw new Error(`exited early: ${started.stderr()}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`no listening line; stderr: ${started.stderr()}`);
  }

  /** GET / on the site's domain (fetch cannot set Host, so node:http). */
  const fetchHome = (port: number) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      get({ port, host: '127.0.0.1', path: '/', headers: { host: 'jyj.zhanqun.test' }, agent: false }, (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text }));
      }).on('error', reject);
    });

  it.each(['1', '2'])('starts with SITE_WORKERS=%s, logs one line, serves, and exits cleanly on SIGTERM', async (workers) => {
    const started = start({ SITE_WORKERS: workers });
    try {
      const port = await listeningPort(started);
      for (let i = 0; i < 20; i++) {
        const response = await fetchHome(port);
        expect(response.status).toBe(200);
        expect(response.text).toBe('<p>首页</p>');
      }
      expect(started.stdout().trim().split('\n')).toHaveLength(1); // no per-request logs
      expect(started.stdout()).toContain('站群 site server listening on http://0.0.0.0:');
      if (workers === '2') expect(started.stdout()).toContain('(2 processes)');
      started.child.kill('SIGTERM');
      expect(await started.exited).toBe(0);
      await expect(fetchHome(port)).rejects.toThrow();
      expect(started.stderr()).toBe('');
    } finally {
      started.child.kill('SIGKILL');
    }
  });

  it('stops at once with one line naming a bad setting', async () => {
    const started = start({ SITE_PORT: 'eighty' });
    expect(await started.exited).toBe(1);
    expect(started.stderr().trim()).toBe('[site] SITE_PORT=eighty is not a port number (0-65535)');
  });

  it('stops with one line when the port is taken', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, resolve));
    try {
      const started = start({ SITE_PORT: String((blocker.address() as AddressInfo).port) });
      expect(await started.exited).toBe(1);
      expect(started.stderr()).toContain('cannot listen on port');
    } finally {
      blocker.close();
    }
  });
});
