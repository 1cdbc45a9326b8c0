import { get } from 'node:http';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sleep, startProcess, stopProcess, waitForHttp } from './measure';

/** The status of GET /index.html on `host` (fetch cannot set a Host header; node:http can). */
function statusOf(port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get({ port, host: '127.0.0.1', path: '/index.html', headers: { host } }, (response) => {
      response.resume();
      response.on('end', () => resolve(response.statusCode ?? 0));
    }).on('error', reject);
  });
}

/** A process's resident memory in MB from /proc: `VmHWM` is its peak since it started, `VmRSS` now. */
export function residentMb(pid: number, field: 'VmHWM' | 'VmRSS'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((entry) => entry.startsWith(`${field}:`));
  return line ? Number(line.split(/\s+/)[1]) / 1024 : Number.NaN;
}

/**
 * apps/site's resident memory (one process) serving a group of `sites` sites: a host table with
 * two domains per site and a small home page each, every home requested once so each site has
 * its entries in the process's caches.
 */
export async function siteRssMb(options: { siteScript: string; dir: string; sites: number; port: number }): Promise<number> {
  const root = join(options.dir, 'site-memory');
  const hosts: Record<string, { code: string; status: 'active'; primary: string }> = {};
  for (let n = 1; n <= options.sites; n++) {
    const code = `unit${n}`;
    const primary = `${code}.bench.example`;
    hosts[primary] = { code, status: 'active', primary };
    hosts[`www.${code}.gov.example`] = { code, status: 'active', primary };
    mkdirSync(join(root, 'sites', code), { recursive: true });
    writeFileSync(join(root, 'sites', code, 'index.html'), `<!DOCTYPE html><title>单位${n}</title><h1>示范县第${n}局</h1>`);
  }
  writeFileSync(join(root, 'hosts.json'), JSON.stringify({ version: 1, hosts }));
  const site = startProcess(process.execPath, [options.siteScript], {
    ...process.env,
    PUBLISH_ROOT: root,
    SITE_PORT: String(options.port),
    SITE_WORKERS: '1',
    DATABASE_URL: '',
  });
  try {
    await waitForHttp(`http://127.0.0.1:${options.port}/index.html`);
    // The host table loads just after the port opens: wait for the first site to be known.
    while ((await statusOf(options.port, 'unit1.bench.example')) !== 200) await sleep(50);
    for (let n = 1; n <= options.sites; n++) {
      const status = await statusOf(options.port, `unit${n}.bench.example`);
      if (status !== 200) throw new Error(`unit${n}: ${status}`);
    }
    return residentMb(site.pid!, 'VmRSS');
  } finally {
    await stopProcess(site);
  }
}

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the parenthesised command name; utime and stime are the 14th and 15th, in clock ticks (100 a second).
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/** The pid of the local database server, to count its CPU too; null when it is not a local process. */
export function databaseServerPid(): number | null {
  for (const name of ['mariadbd', 'mysqld']) {
    const found = execFileSync('sh', ['-c', `pgrep -x ${name} || true`], { encoding: 'utf8' })
      .trim()
      .split('\n')[0];
    if (found) return Number(found);
  }
  return null;
}
