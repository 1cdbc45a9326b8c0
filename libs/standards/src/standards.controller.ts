import { Body, Controller, Get, HttpCode, Inject, Param, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, PlatformAdminOnly, type Principal } from '@zhanqun/auth';
import { ApiErrors, ApiIdParam, parseId, PUBLISH_EVENTS, UnitOfWork, type PublishEvents } from '@zhanqun/shared';
import { StandardsSaveDto } from './dto/save.dto';
import {
  StandardsHistoryResponse,
  StandardsProfileResponse,
  StandardsRollbackResponse,
  StandardsSavedResponse,
} from './dto/profile.response';
import type { StandardsProfile } from './standards-profile';
import { StandardsService } from './standards.service';

/** The standards profile (八统一): read by anyone signed in, changed by the portal center. */
@ApiTags('standards')
@ApiBearerAuth()
@ApiErrors(401)
@Controller('platform/standards')
export class StandardsController {
  constructor(
    private readonly standards: StandardsService,
    private readonly uow: UnitOfWork,
    @Inject(PUBLISH_EVENTS) private readonly events: PublishEvents,
  ) {}

  /** A new version and the group's re-rendering in one unit of work: both happen or neither. */
  private inForce(change: () => Promise<number>): Promise<{ version: number; runId: string }> {
    return this.uow.run(async () => {
      const version = await change();
      return { version, runId: await this.events.standardsChanged() };
    });
  }

  @Get()
  @ApiOperation({ summary: 'The standards profile in force' })
  @ApiOkResponse({ type: StandardsProfileResponse })
  async get() {
    const { version, profile } = await this.standards.current();
    return { version, ...profile };
  }

  /** A new version from the parts given (others are kept); every site is re-rendered. 409 if `version` is no longer the one in force. */
  @Put()
  @PlatformAdminOnly()
  @ApiOperation({ summary: 'Save a new version from the parts given (re-renders every site)' })
  @ApiOkResponse({ type: StandardsSavedResponse })
  @ApiErrors(400, 403, 409, 422)
  async put(@Body() body: StandardsSaveDto, @CurrentUser() principal: Principal) {
    const { version: base, ...changes } = body;
    return this.inForce(() => this.standards.save(changes as Partial<StandardsProfile>, principal.id, base));
  }

  @Get('versions')
  @ApiOperation({ summary: 'List the versions of the profile' })
  @ApiOkResponse({ type: StandardsHistoryResponse })
  history() {
    return this.standards.history();
  }

  @Get('versions/:version')
  @ApiOperation({ summary: 'Get one version of the profile' })
  @ApiIdParam('version', 'The version number')
  @ApiOkResponse({ type: StandardsProfileResponse })
  @ApiErrors(404)
  async version(@Param('version') raw: string) {
    const { version, profile } = await this.standards.version(parseId(raw, '版本'));
    return { version, ...profile };
  }

  /** Restores an earlier version as a new one and re-renders every site. */
  @Post('versions/:version/rollback')
  @HttpCode(200)
  @PlatformAdminOnly()
  @ApiOperation({ summary: 'Restore an earlier version as a new one (re-renders every site)' })
  @ApiIdParam('version', 'The version number')
  @ApiOkResponse({ type: StandardsRollbackResponse })
  @ApiErrors(403, 404, 409)
  async rollback(@Param('version') raw: string, @CurrentUser() principal: Principal) {
    const restoredFrom = parseId(raw, '版本');
    const { version, runId } = await this.inForce(() => this.standards.rollback(restoredFrom, principal.id));
    return { version, restoredFrom, runId };
  }
}
