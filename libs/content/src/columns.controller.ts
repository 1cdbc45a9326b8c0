import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { SiteRoles } from '@zhanqun/auth';
import { ColumnsService } from './columns.service';
import { ColumnFieldsDto, CreateColumnDto } from './dto/column.dto';
import { ColumnResponse, ColumnTreeResponse } from './dto/column.response';
import { ApiErrors, ApiIdParam, parseId } from '@zhanqun/shared';

@ApiTags('columns')
@ApiBearerAuth()
@ApiErrors(401, 403, 404)
@ApiIdParam('siteId', 'The site')
@Controller('sites/:siteId/columns')
export class ColumnsController {
  constructor(private readonly columns: ColumnsService) {}

  @Get()
  @ApiOperation({ summary: 'The site’s column tree' })
  @ApiOkResponse({ type: ColumnTreeResponse })
  tree() {
    return this.columns.tree();
  }

  @Post()
  @SiteRoles('site_admin')
  @ApiOperation({ summary: 'Create a column' })
  @ApiCreatedResponse({ type: ColumnResponse })
  @ApiErrors(400, 409)
  create(@Body() body: CreateColumnDto) {
    return this.columns.create(body);
  }

  @Patch(':columnId')
  @SiteRoles('site_admin')
  @ApiOperation({ summary: 'Change, rename or move a column' })
  @ApiIdParam('columnId', 'The column')
  @ApiOkResponse({ type: ColumnResponse })
  @ApiErrors(400, 409)
  update(@Param('columnId') columnId: string, @Body() body: ColumnFieldsDto) {
    return this.columns.update(parseId(columnId, '栏目'), body);
  }

  @Delete(':columnId')
  @HttpCode(204)
  @SiteRoles('site_admin')
  @ApiOperation({ summary: 'Delete an empty column' })
  @ApiIdParam('columnId', 'The column')
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(409)
  async remove(@Param('columnId') columnId: string): Promise<void> {
    await this.columns.remove(parseId(columnId, '栏目'));
  }
}
