import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { PlatformAdminOnly } from '@zhanqun/auth';
import { AuditService } from './audit.service';
import { AuditQuery } from './dto/audit-query.dto';

@ApiTags('audit')
@ApiBearerAuth()
@Controller('platform/audit-log')
@PlatformAdminOnly()
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  /** The portal center's view: filter by site, user, action and time; newest first. */
  @Get()
  query(@Query() query: AuditQuery) {
    return this.audit.query(query);
  }
}
