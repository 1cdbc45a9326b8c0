import type { INestApplicationContext } from '@nestjs/common';
import { UsersService } from '@zhanqun/auth';
import type { AppConfig } from '@zhanqun/shared';
import { StandardsService } from '@zhanqun/standards';
import { TemplatesService } from '@zhanqun/templating';

/**
 * What the first start of a deployment installs: the standards profile (version 1), the default
 * theme's templates (and, after an upgrade, any new ones) and the first platform admin. Returns the admin password when it was generated (printed once).
 */
export async function firstStart(app: INestApplicationContext, config: AppConfig): Promise<{ adminPassword?: string }> {
  await app.get(StandardsService).current();
  await app.get(TemplatesService).installDefaults();
  const admin = await app.get(UsersService).ensurePlatformAdmin(config.adminUsername, config.adminPassword);
  return { adminPassword: admin.password };
}
