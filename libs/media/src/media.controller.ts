import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  Query,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { CurrentUser, parseSiteId, PlatformAdminOnly, SiteRoles, type Principal } from '@zhanqun/auth';
import { parseId, UploadErrorsInterceptor } from '@zhanqun/shared';
import { ListMediaQuery, SetQuotaDto } from './dto/media.dto';
import { MediaLibrary, type UploadedFile as Upload } from './media-library.service';
import { MediaQuotas } from './media-quotas.service';

const WRITERS = ['site_admin', 'editor'] as const;
const MB = 1024 * 1024;

@ApiTags('media')
@ApiBearerAuth()
@Controller('sites/:siteId')
export class MediaController {
  constructor(
    private readonly library: MediaLibrary,
    private readonly quotas: MediaQuotas,
  ) {}

  /** Multipart upload, field `file`. The type is decided by the content, not the name. */
  @Post('media')
  @SiteRoles(...WRITERS)
  @UseInterceptors(UploadErrorsInterceptor, FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody({ schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } })
  upload(@UploadedFile() file: Upload | undefined, @CurrentUser() principal: Principal) {
    return this.library.upload(file, principal.id);
  }

  @Get('media')
  list(@Query() query: ListMediaQuery) {
    return this.library.list(query);
  }

  @Get('media/:id')
  get(@Param('id') id: string) {
    return this.library.get(parseId(id, '文件'));
  }

  /** The original, for staff preview before publication. */
  @Get('media/:id/file')
  async file(@Param('id') id: string): Promise<StreamableFile> {
    const { file, content } = await this.library.content(parseId(id, '文件'));
    return new StreamableFile(content, {
      type: file.mime,
      length: content.length,
      disposition: `${file.kind === 'image' ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    });
  }

  @Get('media/:id/thumbnail')
  async thumbnail(@Param('id') id: string): Promise<StreamableFile> {
    const { content } = await this.library.content(parseId(id, '文件'), true);
    return new StreamableFile(content, { type: 'image/jpeg', length: content.length });
  }

  @Delete('media/:id')
  @HttpCode(204)
  @SiteRoles(...WRITERS)
  async remove(@Param('id') id: string): Promise<void> {
    await this.library.remove(parseId(id, '文件'));
  }

  /** Storage used by the site and its quota. */
  @Get('media-usage')
  usage(@Param('siteId') siteId: string) {
    return this.quotas.usage(parseSiteId(siteId));
  }

  /** The portal center sets a site's storage quota. */
  @Put('media-quota')
  @PlatformAdminOnly()
  setQuota(@Param('siteId') siteId: string, @Body() body: SetQuotaDto) {
    return this.quotas.set(parseSiteId(siteId), body.quotaMb * MB);
  }
}
