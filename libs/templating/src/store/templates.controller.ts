import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Put,
  StreamableFile,
  UploadedFile,
  UseInterceptors,
  BadRequestException,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiTags } from '@nestjs/swagger';
import { CurrentUser, parseSiteId, PlatformAdminOnly, SiteRoles, type Principal } from '@zhanqun/auth';
import { UploadErrorsInterceptor } from '@zhanqun/shared';
import { isTemplateName } from '../template-names';
import { unzipTemplates, zipTemplates } from './template-archive';
import { TemplateSourceDto } from './templates.dto';
import type { TemplateScope } from './template-sources';
import { TemplatesService } from './templates.service';

const ZIP_BODY = { schema: { type: 'object', properties: { file: { type: 'string', format: 'binary' } } } };

function templateName(raw: string): string {
  if (!isTemplateName(raw)) throw new BadRequestException('模板名称无效:应为 layout、page.<类型> 或 partial.<名称>');
  return raw;
}

function zipFile(content: Buffer, filename: string): StreamableFile {
  return new StreamableFile(content, {
    type: 'application/zip',
    length: content.length,
    disposition: `attachment; filename="${filename}"`,
  });
}

function archive(file: { buffer: Buffer } | undefined) {
  if (!file) throw new BadRequestException('请以 multipart/form-data 上传 zip 文件,字段名为 file');
  return unzipTemplates(file.buffer);
}

/** The portal center's templates: what every site renders with. */
@ApiTags('templates')
@ApiBearerAuth()
@Controller('platform/templates')
@PlatformAdminOnly()
export class PlatformTemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Get()
  list() {
    return this.templates.list(null);
  }

  @Get('export')
  async export() {
    return zipFile(zipTemplates(await this.templates.sourcesFor(null)), 'zhanqun-templates.zip');
  }

  /** Replaces the templates the zip holds (all checked first; nothing is saved if one is wrong). */
  @Post('import')
  @HttpCode(200)
  @UseInterceptors(UploadErrorsInterceptor, FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody(ZIP_BODY)
  import(@UploadedFile() file: { buffer: Buffer } | undefined, @CurrentUser() principal: Principal) {
    return this.templates.save(null, archive(file), principal.id);
  }

  @Get(':name')
  get(@Param('name') name: string) {
    return this.templates.get(null, templateName(name));
  }

  /** Creates or changes a template; re-renders the pages that use it on every site. */
  @Put(':name')
  async put(@Param('name') name: string, @Body() body: TemplateSourceDto, @CurrentUser() principal: Principal) {
    const { runId } = await this.templates.save(null, { [templateName(name)]: body.source }, principal.id);
    return { name, runId };
  }
}

/** A site's overrides: only open parts; locked templates and regions stay the portal center's. */
@ApiTags('templates')
@ApiBearerAuth()
@Controller('sites/:siteId/templates')
export class SiteTemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  private scope(siteId: string): TemplateScope {
    return parseSiteId(siteId);
  }

  @Get()
  list(@Param('siteId') siteId: string) {
    return this.templates.list(this.scope(siteId));
  }

  @Get('export')
  async export(@Param('siteId') siteId: string) {
    const scope = this.scope(siteId)!;
    const own = await this.templates.overrides(scope);
    return zipFile(zipTemplates(Object.fromEntries(own.map((row) => [row.name, row.source]))), `zhanqun-templates-site-${scope}.zip`);
  }

  @Post('import')
  @HttpCode(200)
  @SiteRoles('site_admin')
  @UseInterceptors(UploadErrorsInterceptor, FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody(ZIP_BODY)
  import(@Param('siteId') siteId: string, @UploadedFile() file: { buffer: Buffer } | undefined, @CurrentUser() principal: Principal) {
    return this.templates.save(this.scope(siteId), archive(file), principal.id);
  }

  @Get(':name')
  get(@Param('siteId') siteId: string, @Param('name') name: string) {
    return this.templates.get(this.scope(siteId), templateName(name));
  }

  @Put(':name')
  @SiteRoles('site_admin')
  async put(
    @Param('siteId') siteId: string,
    @Param('name') name: string,
    @Body() body: TemplateSourceDto,
    @CurrentUser() principal: Principal,
  ) {
    const { runId } = await this.templates.save(this.scope(siteId), { [templateName(name)]: body.source }, principal.id);
    return { name, runId };
  }

  /** Drops the site's override: the platform's template applies again. */
  @Delete(':name')
  @SiteRoles('site_admin')
  revert(@Param('siteId') siteId: string, @Param('name') name: string) {
    return this.templates.revert(this.scope(siteId)!, templateName(name));
  }
}
