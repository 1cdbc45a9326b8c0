import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { APP_CONFIG, Database, type AppConfig } from '@zhanqun/shared';
import { StandardsService } from '@zhanqun/standards';
import { ThemeRegistry } from '@zhanqun/templating';
import { Site, SiteDomain, SiteUrls } from '@zhanqun/tenancy';
import { writeHostLinks } from './host-links';
import { certificatesIn, nginxConf, NginxConfigError } from './nginx-conf';
import { platformNotice } from './platform-notice';
import { writeFileAtomicallyInto } from './atomic-file';

/** The host table of apps/site (and nginx): every domain → its site's code, status and primary host. */
export interface HostsFile {
  version: 1;
  hosts: Record<string, { code: string; status: 'active' | 'suspended'; primary: string }>;
}

/** Every domain of the group from the database, sorted, with its site's code, status and primary host. */
export async function readHostsFile(db: Database): Promise<HostsFile> {
  const [sites, domains] = await Promise.all([db.platform(Site).find(), db.crossTenant('domains').repository(SiteDomain).find()]);
  const byId = new Map(sites.map((site) => [site.id, site]));
  const primaryOf = new Map(domains.filter((d) => d.isPrimary).map((d) => [d.siteId, d.host]));
  const hosts: HostsFile['hosts'] = {};
  for (const domain of domains.sort((a, b) => a.host.localeCompare(b.host))) {
    const site = byId.get(domain.siteId);
    const primary = primaryOf.get(domain.siteId);
    if (site && primary) hosts[domain.host] = { code: site.code, status: site.status, primary };
  }
  return { version: 1, hosts };
}

/** Where the worker keeps the generated nginx server blocks, for an `include` in nginx. */
export const NGINX_CONF_PATH = join('nginx', 'sites.conf');

@Injectable()
export class HostsWriter {
  private readonly logger = new Logger(HostsWriter.name);

  constructor(
    private readonly db: Database,
    private readonly standards: StandardsService,
    private readonly urls: SiteUrls,
    private readonly themes: ThemeRegistry,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  build(): Promise<HostsFile> {
    return readHostsFile(this.db);
  }

  /**
   * Writes hosts.json, the nginx host links, the nginx server blocks and the platform's own
   * 404/503 pages (for unknown hosts).
   */
  async write(): Promise<HostsFile> {
    const file = await this.build();
    const root = this.config.publishRoot;
    const { profile } = await this.standards.current();
    const portalOrigin = this.urls.originOf(`www.${this.config.platformDomain}`);
    const theme = await this.themes.themeFor(null);
    for (const status of [404, 503] as const) {
      const page = platformNotice(status, profile, portalOrigin);
      writeFileAtomicallyInto(join(root, 'platform', `${status}.html`), theme.render('notice', page));
    }
    writeFileAtomicallyInto(join(root, 'hosts.json'), JSON.stringify(file, null, 1));
    await writeHostLinks(root, file);
    await this.writeNginx(file);
    return file;
  }

  /**
   * With NGINX_CERT_DIR: rewrites the nginx file when a certificate came or went since the last
   * write (a domain goes over to HTTPS once its certificate is in place). The worker calls this
   * periodically; an unchanged file is left alone.
   */
  async refreshNginx(): Promise<void> {
    if (this.config.nginxCertDir) await this.writeNginx(await this.build(), true);
  }

  /** A publish root nginx cannot name safely only costs the nginx file, never hosts.json. */
  private async writeNginx(file: HostsFile, onlyIfChanged = false): Promise<void> {
    const root = this.config.publishRoot;
    const path = join(root, NGINX_CONF_PATH);
    const certDir = this.config.nginxCertDir;
    try {
      const nginx = nginxConf(file, {
        publishRoot: root,
        upstream: this.config.nginxUpstream,
        publicPort: this.config.publicPort,
        tls: certDir ? { certDir, http2: this.config.nginxHttp2, hasCertificate: certificatesIn(certDir) } : null,
      });
      if (onlyIfChanged && (await readFile(path, 'utf8').catch(() => null)) === nginx.text) return;
      if (nginx.skipped.length) this.logger.warn(`nginx: hosts left out as unsafe: ${nginx.skipped.join(', ')}`);
      if (nginx.withoutCertificate.length) {
        this.logger.warn(`nginx: no certificate in ${certDir}/<host>/, plain HTTP only: ${nginx.withoutCertificate.join(', ')}`);
      }
      writeFileAtomicallyInto(path, nginx.text);
    } catch (error) {
      if (!(error instanceof NginxConfigError)) throw error;
      this.logger.error(`nginx: ${NGINX_CONF_PATH} not written: ${error.message}`);
    }
  }
}
