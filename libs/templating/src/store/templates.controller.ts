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
import { ApiBearerAuth, ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentUser, parseSiteId, PlatformAdminOnly, SiteRoles, type Principal } from '@zhanqun/auth';
import { ApiErrors, ApiFileResponse, ApiIdParam, UploadErrorsInterceptor } from '@zhanqun/shared';
import { isTemplateName } from '../template-names';
import { unzipTemplates, zipTemplates } from './template-archive';
import { TemplateSourceDto } from './templates.dto';
import {
  TemplateListResponse,
  TemplateResponse,
  TemplateRevertedResponse,
  TemplateSavedResponse,
  TemplatesImportedResponse,
} from './templates.response';
import type { TemplateScope } from './template-sources';
import { TemplatesService } from './templates.service';

const ZIP_BODY = { schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } } };
const ZIP = 'application/zip';

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
@ApiErrors(401, 403)
@Controller('platform/templates')
@PlatformAdminOnly()
export class PlatformTemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Get()
  @ApiOperation({ summary: 'List the platform’s templates' })
  @ApiOkResponse({ type: TemplateListResponse })
  list() {
    return this.templates.list(null);
  }

  @Get('export')
  @ApiOperation({ summary: 'Download the platform’s templates as a zip' })
  @ApiFileResponse('The templates (layout.hbs, pages/*.hbs, partials/*.hbs)', ZIP)
  async export() {
    return zipFile(zipTemplates(await this.templates.sourcesFor(null)), 'zhanqun-templates.zip');
  }

  /** Replaces the templates the zip holds (all checked first; nothing is saved if one is wrong). */
  @Post('import')
  @HttpCode(200)
  @UseInterceptors(UploadErrorsInterceptor, FileInterceptor('file'))
  @ApiConsumes('multipart/form-data')
  @ApiBody(ZIP_BODY)
  @ApiOperation({ summary: 'Replace templates from a zip (all checked first)' })
  @ApiOkResponse({ type: TemplatesImportedResponse })
  @ApiErrors(400, 413, 422)
  import(@UploadedFile() file: { buffer: Buffer } | undefined, @CurrentUser() principal: Principal) {
    return this.templates.save(null, archive(file), principal.id);
  }

  @Get(':name')
  @ApiOperation({ summary: 'Get a platform template' })
  @ApiParam({ name: 'name', description: 'layout, page.<type> or partial.<name>', example: 'page.article' })
  @ApiOkResponse({ type: TemplateResponse })
  @ApiErrors(400, 404)
  get(@Param('name') name: string) {
    return this.templates.get(null, templateName(name));
  }

  /** Creates or changes a template; re-renders the pages that use it on every site. */
  @Put(':name')
  @ApiOperation({ summary: 'Create or change a platform template (re-renders the pages using it)' })
  @ApiParam({ name: 'name', description: 'layout, page.<type> or partial.<name>', example: 'page.article' })
  @ApiOkResponse({ type: TemplateSavedResponse })
  @ApiErrors(400, 422)
  async put(@Param('name') name: string, @Body() body: TemplateSourceDto, @CurrentUser() principal: Principal) {
    const { runId } = await this.templates.save(null, { [templateName(name)]: body.source }, principal.id);
    return { name, runId };
  }
}

/** A site's overrides: only open parts; locked templates and regions stay the portal center's. */
@ApiTags('templates')
@ApiBearerAuth()
@ApiErrors(401, 403, 404)
@ApiIdParam('siteId', 'The site')
@Controller('sites/:siteId/templates')
export class SiteTemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  private scope(siteId: string): TemplateScope {
    return parseSiteId(siteId);
  }

  @Get()
  @ApiOperation({ summary: 'List the templates a site renders with, and its overrides' })
  @ApiOkResponse({ type: TemplateListResponse })
  list(@Param('siteId') siteId: string) {
    return this.templates.list(this.scope(siteId));
  }

  @Get('export')
  @ApiOperation({ summary: 'Download the site’s overrides as a zip' })
  @ApiFileResponse('The site’s own templates', ZIP)
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
  @ApiOperation({ summary: 'Override templates from a zip (all checked first)' })
  @ApiOkResponse({ type: TemplatesImportedResponse })
  @ApiErrors(400, 413, 422)
  import(@Param('siteId') siteId: string, @UploadedFile() file: { buffer: Buffer } | undefined, @CurrentUser() principal: Principal) {
    return this.templates.save(this.scope(siteId), archive(file), principal.id);
  }

  @Get(':name')
  @ApiOperation({ summary: 'Get a template as the site renders with it' })
  @ApiParam({ name: 'name', description: 'layout, page.<type> or partial.<name>', example: 'page.article' })
  @ApiOkResponse({ type: TemplateResponse })
  @ApiErrors(400)
  get(@Param('siteId') siteId: string, @Param('name') name: string) {
    return this.templates.get(this.scope(siteId), templateName(name));
  }

  @Put(':name')
  @SiteRoles('site_admin')
  @ApiOperation({ summary: 'Create or change the site’s override of a template' })
  @ApiParam({ name: 'name', description: 'layout, page.<type> or partial.<name>', example: 'page.article' })
  @ApiOkResponse({ type: TemplateSavedResponse })
  @ApiErrors(400, 422)
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
  @ApiOperation({ summary: 'Drop the site’s override (the platform’s template applies again)' })
  @ApiParam({ name: 'name', description: 'layout, page.<type> or partial.<name>', example: 'page.article' })
  @ApiOkResponse({ type: TemplateRevertedResponse })
  @ApiErrors(400)
  revert(@Param('siteId') siteId: string, @Param('name') name: string) {
    return this.templates.revert(this.scope(siteId)!, templateName(name));
  }
}
