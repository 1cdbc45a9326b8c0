import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { CurrentUser, PlatformAdminOnly, type Principal } from '@zhanqun/auth';
import { parseId, PUBLISH_EVENTS, type PublishEvents } from '@zhanqun/shared';
import { StandardsProfileDto } from './dto/profile.dto';
import type { StandardsProfile } from './standards-profile';
import { StandardsService } from './standards.service';

/** The standards profile (八统一): read by anyone signed in, changed by the portal center. */
@ApiTags('standards')
@ApiBearerAuth()
@Controller('platform/standards')
export class StandardsController {
  constructor(
    private readonly standards: StandardsService,
    @Inject(PUBLISH_EVENTS) private readonly events: PublishEvents,
  ) {}

  @Get()
  async get() {
    const { version, profile } = await this.standards.current();
    return { version, ...profile };
  }

  /** A new version from the parts given (others are kept); every site is re-rendered. */
  @Put()
  @PlatformAdminOnly()
  async put(@Body() body: StandardsProfileDto, @CurrentUser() principal: Principal) {
    const version = await this.standards.save(body as Partial<StandardsProfile>, principal.id);
    return { version, runId: await this.events.standardsChanged() };
  }

  @Get('versions')
  history() {
    return this.standards.history();
  }

  @Get('versions/:version')
  async version(@Param('version') raw: string) {
    const { version, profile } = await this.standards.version(parseId(raw, '版本'));
    return { version, ...profile };
  }

  /** Restores an earlier version as a new one and re-renders every site. */
  @Post('versions/:version/rollback')
  @HttpCode(200)
  @PlatformAdminOnly()
  async rollback(@Param('version') raw: string, @CurrentUser() principal: Principal) {
    const version = await this.standards.rollback(parseId(raw, '版本'), principal.id);
    return { version, restoredFrom: Number(raw), runId: await this.events.standardsChanged() };
  }
}
