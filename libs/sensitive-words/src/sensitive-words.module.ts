import { Module } from '@nestjs/common';
import { PlatformWordsController, SiteWordsController } from './sensitive-words.controller';
import { SensitiveWordsService } from './sensitive-words.service';

@Module({
  controllers: [PlatformWordsController, SiteWordsController],
  providers: [SensitiveWordsService],
  exports: [SensitiveWordsService],
})
export class SensitiveWordsModule {}
