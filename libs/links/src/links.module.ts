import { Module } from '@nestjs/common';
import { GovLinksController } from './gov-links.controller';
import { GovLinksService } from './gov-links.service';

@Module({
  controllers: [GovLinksController],
  providers: [GovLinksService],
  exports: [GovLinksService],
})
export class LinksModule {}
