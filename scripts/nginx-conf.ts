import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { ALL_ENTITIES } from '@zhanqun/platform';
import { nginxConf, readHostsFile } from '@zhanqun/publishing';
import { loadConfig, openDataSource } from '@zhanqun/shared';

const USAGE = `Usage: node dist/scripts/nginx-conf.js [--out <file>] [--upstream host:port] [--publish-root <dir>] [--listen <port|addr:port>]
Writes nginx server blocks for every site domain in the database (DATABASE_URL), for an
\`include\` inside nginx's http { } block. Defaults: stdout, NGINX_UPSTREAM (127.0.0.1:SITE_PORT),
PUBLISH_ROOT, port 80.`;

/** The command, callable from tests: returns the exit code. */
export async function nginxConfCommand(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      out: { type: 'string' },
      upstream: { type: 'string' },
      'publish-root': { type: 'string' },
      listen: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const config = loadConfig(env);
  const dataSource = await openDataSource(config, { entities: ALL_ENTITIES, migrate: false, poolSize: 1 });
  try {
    const conf = nginxConf(await readHostsFile(dataSource), {
      publishRoot: values['publish-root'] ?? config.publishRoot,
      upstream: values.upstream ?? config.nginxUpstream,
      listen: values.listen,
      publicPort: config.publicPort,
    });
    for (const host of conf.skipped) console.error(`nginx-conf: left out ${JSON.stringify(host)}: not a safe host name or site code`);
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
