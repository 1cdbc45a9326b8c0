import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { PlatformAdminOnly } from '@zhanqun/auth';
import { parseId } from '@zhanqun/shared';
import { CreateGovLinkDto, UpdateGovLinkDto } from './dto/gov-link.dto';
import { GovLinksService } from './gov-links.service';

/** 政府网站链接, maintained by the portal center and shown in the footer of every site. */
@ApiTags('links')
@ApiBearerAuth()
@Controller('platform/links')
@PlatformAdminOnly()
export class GovLinksController {
  constructor(private readonly links: GovLinksService) {}

  @Get()
  async list() {
    return { items: await this.links.list() };
  }

  @Post()
  create(@Body() body: CreateGovLinkDto) {
    return this.links.create(body);
  }

  @Patch(':id')
  update(@Param('id') id: string, @Body() body: UpdateGovLinkDto) {
    return this.links.update(parseId(id, '政府网站链接'), body);
  }

  @Delete(':id')
  @HttpCode(204)
  async remove(@Param('id') id: string): Promise<void> {
    await this.links.remove(parseId(id, '政府网站链接'));
  }
}
