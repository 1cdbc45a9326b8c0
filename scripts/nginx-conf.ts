import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ALL_ENTITIES } from '@zhanqun/platform';
import { certificatesIn, HTTP2_MODES, nginxConf, readHostsFile, type Http2Mode } from '@zhanqun/publishing';
import { Database, loadConfig, openDataSource } from '@zhanqun/shared';

const USAGE = `Usage: node dist/scripts/nginx-conf.js [--out <file>] [--upstream host:port] [--publish-root <dir>] [--listen <port|addr:port>]
       [--cert-dir <dir>] [--tls-listen <port|addr:port>] [--http2 on|listen|off]
Writes nginx server blocks for every site domain in the database (DATABASE_URL), for an
\`include\` inside nginx's http { } block. Defaults: stdout, NGINX_UPSTREAM (127.0.0.1:SITE_PORT),
PUBLISH_ROOT, port 80. With --cert-dir (default NGINX_CERT_DIR), a domain whose
<dir>/<host>/fullchain.pem and privkey.pem exist is served over HTTPS (port 443 unless
--tls-listen, HSTS) and its plain-HTTP requests are redirected there; --http2 listen for nginx
older than 1.25.1 (default NGINX_HTTP2, on).`;

/** The command, callable from tests: returns the exit code. */
export async function nginxConfCommand(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      upstream: { type: 'string' },
      'publish-root': { type: 'string' },
      listen: { type: 'string' },
      'cert-dir': { type: 'string' },
      'tls-listen': { type: 'string' },
      http2: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig(env);
  const certDir = values['cert-dir'] !== undefined ? resolve(values['cert-dir']) : config.nginxCertDir;
  const http2 = (values.http2 ?? config.nginxHttp2) as Http2Mode;
  if (!HTTP2_MODES.includes(http2)) throw new Error(`--http2 ${values.http2} must be one of ${HTTP2_MODES.join(', ')}`);
  const dataSource = await openDataSource(config, { entities: ALL_ENTITIES, migrate: false, poolSize: 1 });
  try {
    const conf = nginxConf(await readHostsFile(new Database(dataSource)), {
      publishRoot: values['publish-root'] ?? config.publishRoot,
      upstream: values.upstream ?? config.nginxUpstream,
      listen: values.listen,
      publicPort: config.publicPort,
      tls: certDir ? { certDir, listen: values['tls-listen'], http2, hasCertificate: certificatesIn(certDir) } : null,
    });
    for (const host of conf.skipped) console.error(`nginx-conf: left out ${JSON.stringify(host)}: not a safe host name or site code`);
    for (const host of conf.withoutCertificate)
      console.error(`nginx-conf: ${host}: no certificate in ${certDir}/${host}/, plain HTTP only`);
    if (values.out) writeFileSync(values.out, conf.text);
    else process.stdout.write(conf.text);
    return 0;
  } finally {
    await dataSource.destroy();
  }
}

if (require.main === module) {
  nginxConfCommand(process.argv.slice(2), process.env).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`nginx-conf: ${error instanceof Error ? error.message : String(error)}`);
      console.error(USAGE);
      process.exit(1);
    },
  );
}
