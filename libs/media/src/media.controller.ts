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
import {
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { CurrentUser, PlatformAdminOnly, SiteRoles, type Principal } from '@zhanqun/auth';
import { ApiErrors, ApiFileResponse, ApiIdParam, parseId, UploadErrorsInterceptor } from '@zhanqun/shared';
import { ListMediaQuery, SetQuotaDto } from './dto/media.dto';
import { MediaFileResponse, MediaListResponse, MediaUsageResponse } from './dto/media.response';
import { MediaLibrary, type UploadedFile as Upload } from './media-library.service';
import { MediaQuotas } from './media-quotas.service';

const WRITERS = ['site_admin', 'editor'] as const;
const MB = 1024 * 1024;

@ApiTags('media')
@ApiBearerAuth()
@ApiErrors(401, 403, 404)
@ApiIdParam('siteId', 'The site')
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
  @ApiOperation({ summary: 'Upload an image or attachment (multipart, field `file`)' })
  @ApiCreatedResponse({ type: MediaFileResponse })
  @ApiErrors(400, 413, 415, 422)
  upload(@UploadedFile() file: Upload | undefined, @CurrentUser() principal: Principal) {
    return this.library.upload(file, principal.id);
  }

  @Get('media')
  @ApiOperation({ summary: 'List the site’s files (newest first)' })
  @ApiOkResponse({ type: MediaListResponse })
  @ApiErrors(400)
  list(@Query() query: ListMediaQuery) {
    return this.library.list(query);
  }

  @Get('media/:id')
  @ApiOperation({ summary: 'Get a file’s details' })
  @ApiIdParam('id', 'The file')
  @ApiOkResponse({ type: MediaFileResponse })
  get(@Param('id') id: string) {
    return this.library.get(parseId(id, '文件'));
  }

  /** The original, for staff preview before publication. */
  @Get('media/:id/file')
  @ApiOperation({ summary: 'Download the original (staff preview)' })
  @ApiIdParam('id', 'The file')
  @ApiFileResponse('The original, with its own content type (an image inline, other files as attachments)', '*/*')
  async file(@Param('id') id: string): Promise<StreamableFile> {
    const { file, content } = await this.library.content(parseId(id, '文件'));
    return new StreamableFile(content, {
      type: file.mime,
      length: content.length,
      disposition: `${file.kind === 'image' ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.name)}`,
    });
  }

  @Get('media/:id/thumbnail')
  @ApiOperation({ summary: 'Download an image’s thumbnail' })
  @ApiIdParam('id', 'The file')
  @ApiFileResponse('A JPEG thumbnail', 'image/jpeg')
  async thumbnail(@Param('id') id: string): Promise<StreamableFile> {
    const { content } = await this.library.content(parseId(id, '文件'), true);
    return new StreamableFile(content, { type: 'image/jpeg', length: content.length });
  }

  @Delete('media/:id')
  @HttpCode(204)
  @SiteRoles(...WRITERS)
  @ApiOperation({ summary: 'Delete a file no article uses' })
  @ApiIdParam('id', 'The file')
  @ApiNoContentResponse({ description: 'Deleted' })
  @ApiErrors(409)
  async remove(@Param('id') id: string): Promise<void> {
    await this.library.remove(parseId(id, '文件'));
  }

  /** Storage used by the site and its quota. */
  @Get('media-usage')
  @ApiOperation({ summary: 'The site’s storage use and quota' })
  @ApiOkResponse({ type: MediaUsageResponse })
  usage() {
    return this.quotas.usage();
  }

  /** The portal center sets a site's storage quota. */
  @Put('media-quota')
  @PlatformAdminOnly()
  @ApiOperation({ summary: 'Set the site’s storage quota' })
  @ApiOkResponse({ type: MediaUsageResponse })
  @ApiErrors(400)
  setQuota(@Body() body: SetQuotaDto) {
    return this.quotas.set(body.quotaMb * MB);
  }
}
