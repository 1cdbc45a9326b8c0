import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { startProcess, stopProcess, waitForHttp } from './measure';

/** Installs nginx from Debian's packages when it is missing (the bench runs as root on Debian). */
export function ensureNginx(): string {
  const found = spawnSync('sh', ['-c', 'command -v nginx || ls /usr/sbin/nginx'], { encoding: 'utf8' }).stdout.trim().split('\n')[0];
  if (found) return found;
  console.error('  installing nginx from Debian packages ...');
  execFileSync('apt-get', ['install', '-y', '-qq', 'nginx-light'], {
    stdio: 'ignore',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  return '/usr/sbin/nginx';
}

/** An nginx serving PUBLISH_ROOT the way docker/nginx/zhanqun.conf does (static part only). */
export function nginxConfig(publishRoot: string, port: number, dir: string): string {
  const conf = join(dir, 'nginx.conf');
  writeFileSync(
    conf,
    `user root;
worker_processes auto;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'nginx-error.log')} warn;
daemon off;
events { worker_connections 4096; }
http {
  access_log off;
  types { text/html html; text/css css; application/javascript js; image/svg+xml svg; application/xml xml; }
  sendfile on;
  tcp_nopush on;
  keepalive_requests 100000;
  gzip on;
  gzip_types text/css application/javascript application/xml image/svg+xml;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${publishRoot}/hosts/$host;
    location / { add_header Cache-Control "no-cache"; try_files $uri $uri/index.html =404; }
  }
}
`,
  );
  return conf;
}

export interface LoadResult {
  rps: number;
  errors: number;
}

/** Requests per second over `paths` on one Host, keep-alive, gzip accepted like a browser. */
export async function load(port: number, host: string, paths: string[], seconds: number): Promise<LoadResult> {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}`,
    connections: 64,
    pipelining: 1,
    duration: seconds,
    headers: { host, 'accept-encoding': 'gzip' },
    requests: paths.map((path) => ({ method: 'GET', path })),
  });
  return { rps: result.requests.average, errors: result.errors + result.non2xx };
}

export async function measureServing(options: {
  publishRoot: string;
  dir: string;
  host: string;
  paths: string[];
  seconds: number;
  siteScript: string;
}): Promise<{ siteRps: number; nginxRps: number }> {
  const nginxPort = 18081;
  const sitePort = 18082;
  const nginx = startProcess(ensureNginx(), ['-c', nginxConfig(options.publishRoot, nginxPort, options.dir)], process.env);
  const site = startProcess(process.execPath, [options.siteScript], {
    ...process.env,
    PUBLISH_ROOT: options.publishRoot,
    SITE_PORT: String(sitePort),
    SITE_WORKERS: process.env.SITE_WORKERS ?? 'auto',
  });
  try {
    await waitForHttp(`http://127.0.0.1:${nginxPort}${options.paths[0]}`, { host: options.host });
    await waitForHttp(`http://127.0.0.1:${sitePort}${options.paths[0]}`, { host: options.host });
    if (!existsSync(join(options.publishRoot, 'hosts', options.host))) throw new Error(`no host link for ${options.host}`);
    await load(sitePort, options.host, options.paths, 2); // warm the cache
    const siteResult = await load(sitePort, options.host, options.paths, options.seconds);
    await load(nginxPort, options.host, options.paths, 2);
    const nginxResult = await load(nginxPort, options.host, options.paths, options.seconds);
    if (siteResult.errors || nginxResult.errors) console.error(`  load errors: site ${siteResult.errors}, nginx ${nginxResult.errors}`);
    return { siteRps: siteResult.rps, nginxRps: nginxResult.rps };
  } finally {
    await stopProcess(site);
    await stopProcess(nginx);
  }
}
