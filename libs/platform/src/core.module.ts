import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ConfigModule, DatabaseModule, Outbox, OutboxHandlers, QueueRegistry, RedisModule, type AppConfig } from '@zhanqun/shared';
import type { Infrastructure } from './infrastructure';

/** Config, database, Redis, the outbox and the process's BullMQ queues, injectable in every module of an app. */
@Global()
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, infrastructure: Infrastructure): DynamicModule {
    return {
      module: CoreModule,
      imports: [ConfigModule.forRoot(config), DatabaseModule.forRoot(infrastructure.dataSource), RedisModule.forRoot(infrastructure.redis)],
      providers: [QueueRegistry, Outbox, OutboxHandlers],
      exports: [QueueRegistry, Outbox, OutboxHandlers],
    };
  }
}
