import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiNoContentResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { PlatformAdminOnly } from '@zhanqun/auth';
import { ApiErrors, ApiIdParam, parseId } from '@zhanqun/shared';
import { CreateGovLinkDto, UpdateGovLinkDto } from './dto/gov-link.dto';
import { GovLinkListResponse, GovLinkResponse } from './dto/gov-link.response';
import { GovLinksService } from './gov-links.service';

/** 政府网站链接, maintained by the portal center and shown in the footer of every site. */
@ApiTags('links')
@ApiBearerAuth()
@ApiErrors(401, 403)
@Controller('platform/links')
@PlatformAdminOnly()
export class GovLinksController {
  constructor(private readonly links: GovLinksService) {}

  @Get()
  @ApiOperation({ summary: 'List the 政府网站链接' })
  @ApiOkResponse({ type: GovLinkListResponse })
  async list() {
    return { items: await this.links.list() };
  }

  @Post()
  @ApiOperation({ summary: 'Add a link' })
  @ApiCreatedResponse({ type: GovLinkResponse })
  @ApiErrors(400)
  create(@Body() body: CreateGovLinkDto) {
    return this.links.create(body);
  }

  @Patch(':id')
  @ApiOperation({ summary: 'Change a link' })
  @ApiIdParam('id', 'The link')
  @ApiOkResponse({ type: GovLinkResponse })
  @ApiErrors(400, 404)
  update(@Param('id') id: string, @Body() body: UpdateGovLinkDto) {
    return this.links.update(parseId(id, '政府网站链接'), body);
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: 'Remove a link' })
  @ApiIdParam('id', 'The link')
  @ApiNoContentResponse({ description: 'Removed' })
  @ApiErrors(404)
  async remove(@Param('id') id: string): Promise<void> {
    await this.links.remove(parseId(id, '政府网站链接'));
  }
}
