import { Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, DatabaseModule, RedisModule, type AppConfig } from '@zhanqun/shared';
import type { Infrastructure } from './infrastructure';

/** Config, database and Redis, made injectable for every module of an app. */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, infrastructure: Infrastructure): DynamicModule {
    return {
      module: CoreModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(infrastructure.dataSource), RedisModule.forRoot(infrastructure.redis)],
    };
  }
}
