import { Module } from '@nestjs/common';
import { StandardsService } from './standards.service';

/** The standards profile; the HTTP API is StandardsApiModule (apps/api only). */
@Module({ providers: [StandardsService], exports: [StandardsService] })
export class StandardsModule {}
