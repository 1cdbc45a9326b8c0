import { Global, Module, type DynamicModule } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Database } from './database';
import { UnitOfWork } from './unit-of-work';

/** Provides one already-initialized DataSource, the scoped `Database` and the `UnitOfWork` to every module. */
@Global()
@Module({})
export class DatabaseModule {
  static forRoot(dataSource: DataSource): DynamicModule {
    return {
      module: DatabaseModule,
      providers: [{ provide: DataSource, useValue: dataSource }, Database, UnitOfWork],
      exports: [DataSource, Database, UnitOfWork],
    };
  }
}
