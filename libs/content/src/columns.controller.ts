import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { SiteRoles } from '@zhanqun/auth';
import { ColumnsService } from './columns.service';
import { ColumnFieldsDto, CreateColumnDto } from './dto/column.dto';
import { parseId } from '@zhanqun/shared';

@ApiTags('columns')
@ApiBearerAuth()
@Controller('sites/:siteId/columns')
export class ColumnsController {
  constructor(private readonly columns: ColumnsService) {}

  @Get()
  tree() {
    return this.columns.tree();
  }

  @Post()
  @SiteRoles('site_admin')
  create(@Body() body: CreateColumnDto) {
    return this.columns.create(body);
  }

  @Patch(':columnId')
  @SiteRoles('site_admin')
  update(@Param('columnId') columnId: string, @Body() body: ColumnFieldsDto) {
    return this.columns.update(parseId(columnId, '栏目'), body);
  }

  @Delete(':columnId')
  @HttpCode(204)
  @SiteRoles('site_admin')
  async remove(@Param('columnId') columnId: string): Promise<void> {
    await this.columns.remove(parseId(columnId, '栏目'));
  }
}
