import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PlatformAdminOnly } from '@zhanqun/auth';
import { ApiErrors } from '@zhanqun/shared';
import { AuditService } from './audit.service';
import { AuditQuery } from './dto/audit-query.dto';
import { AuditLogResponse } from './dto/audit-entry.response';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('platform/audit-log')
@PlatformAdminOnly()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** The portal center's view: filter by site, user, action and time; newest first. */
  @Get()
  @ApiOperation({ summary: 'Search the audit log (newest first)' })
  @ApiOkResponse({ type: AuditLogResponse })
  @ApiErrors(400, 401, 403)
  query(@Query() query: AuditQuery) {
    return this.audit.query(query);
  }
}
