import { Module } from '@nestjs/common';
import { StandardsController } from './standards.controller';
import { StandardsModule } from './standards.module';

@Module({ imports: [StandardsModule], controllers: [StandardsController] })
export class StandardsApiModule {}
