import { createHash } from 'node:crypto';
import {
  BadRequestException,
  ConflictException,
  Inject,
  Injectable,
  NotFoundException,
  PayloadTooLargeException,
  UnprocessableEntityException,
  UnsupportedMediaTypeException,
} from '@nestjs/common';
import { APP_CONFIG, requireTenant, Database, UnitOfWork, type AppConfig, type TenantRepository } from '@zhanqun/shared';
import { In } from 'typeorm';
import { sniffFileType } from './file-type';
import { MediaFile, newPublicPath, thumbnailPath, type MediaKind } from './media-file.entity';
import { MediaLinks } from './media-links.service';
import { megabytes, MediaQuotas } from './media-quotas.service';
import { MediaStorage } from './media-storage';
import { mediaView, type MediaView } from './media-view';
import { describeImage } from './thumbnail';
import { uploadName } from './upload-name';
import type { ListMediaQuery } from './dto/media.dto';

export interface UploadedFile {
  buffer: Buffer;
  originalname?: string;
}

const ACCEPTED = 'jpg、png、gif、webp 图片,或 pdf、doc/docx、xls/xlsx、ppt/pptx、zip 附件';

/** A site's uploads: checked by content, within size limits and the site's quota. */
@Injectable()
export class MediaLibrary {
  private readonly files: TenantRepository<MediaFile>;
  private readonly storage: MediaStorage;

  constructor(
    db: Database,
    private readonly uow: UnitOfWork,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly quotas: MediaQuotas,
    private readonly links: MediaLinks,
  ) {
    this.files = db.tenant(MediaFile);
    this.storage = new MediaStorage(config.mediaRoot);
  }

  async upload(file: UploadedFile | undefined, actorId: number): Promise<MediaView> {
    if (!file) throw new BadRequestException('请以 multipart/form-data 上传文件,字段名为 file');
    if (file.buffer.length === 0) throw new BadRequestException('文件是空的');
    const type = sniffFileType(file.buffer);
    if (!type) throw new UnsupportedMediaTypeException(`不支持的文件类型(按文件内容判断):只能上传 ${ACCEPTED}`);
    const limit = type.kind === 'image' ? this.config.mediaMaxImageBytes : this.config.mediaMaxFileBytes;
    if (file.buffer.length > limit) {
      throw new PayloadTooLargeException(`${type.kind === 'image' ? '图片' : '附件'}不能超过 ${megabytes(limit)}`);
    }
    const image = type.kind === 'image' ? await describeImage(file.buffer) : null;
    if (type.kind === 'image' && !image) throw new UnprocessableEntityException('图片已损坏,无法读取');
    const { siteId } = requireTenant();
    const publicPath = newPublicPath(type.ext);
    // The files are written before the row that points to them, in its unit of work: a rollback
    // leaves at worst an unreferenced file, never a row without its file. A retried unit of work
    // writes the same bytes to the same path again.
    return this.uow.run(async () => {
      await this.quotas.reserve(file.buffer.length);
      await this.storage.write(siteId, publicPath, file.buffer);
      if (image) await this.storage.write(siteId, thumbnailPath({ publicPath }), image.thumbnail);
      const saved = await this.files.save(
        this.files.create({
          kind: type.kind,
          name: uploadName(file.originalname, type.ext),
          ext: type.ext,
          mime: type.mime,
          bytes: file.buffer.length,
          sha256: createHash('sha256').update(file.buffer).digest('hex'),
          publicPath,
          width: image?.width ?? null,
          height: image?.height ?? null,
          createdBy: actorId,
        }),
      );
      return mediaView(saved);
    });
  }

  async list(query: ListMediaQuery) {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const [rows, total] = await this.files.findAndCount({
      where: { ...(query.kind ? { kind: query.kind } : {}), ...(query.path ? { publicPath: query.path } : {}) },
      order: { id: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    const uses = await this.links.usesOf(rows.map((row) => row.id));
    return { items: rows.map((row) => mediaView(row, uses.get(row.id))), total, page, pageSize };
  }

  async find(mediaId: number): Promise<MediaFile> {
    const file = await this.files.findOneBy({ id: mediaId });
    if (!file) throw new NotFoundException('文件不存在');
    return file;
  }

  async get(mediaId: number): Promise<MediaView> {
    const file = await this.find(mediaId);
    return mediaView(file, (await this.links.usesOf([file.id])).get(file.id));
  }

  async content(mediaId: number, thumbnail = false): Promise<{ file: MediaFile; content: Buffer }> {
    const file = await this.find(mediaId);
    if (thumbnail && file.kind !== 'image') throw new NotFoundException('只有图片有缩略图');
    const path = thumbnail ? thumbnailPath(file) : file.publicPath;
    return { file, content: await this.storage.read(file.siteId, path) };
  }

  async remove(mediaId: number): Promise<void> {
    const file = await this.find(mediaId);
    const uses = (await this.links.usesOf([file.id])).get(file.id)!;
    if (uses.length) {
      const titles = [...new Set(uses.map((use) => `《${use.title}》`))].join('、');
      throw new ConflictException(`文件正被文章${titles}使用,请先从文章中移除后再删除`);
    }
    await this.files.delete({ id: file.id });
    await this.storage.remove(file.siteId, file.publicPath);
    if (file.kind === 'image') await this.storage.remove(file.siteId, thumbnailPath(file));
  }

  /**
   * Checks that ids name files of the current site (of `kind` when given) and returns them in
   * the order asked; another site's id reads as missing.
   */
  async owned(ids: number[], kind?: MediaKind): Promise<MediaFile[]> {
    if (!ids.length) return [];
    const found = new Map((await this.files.find({ where: { id: In(ids) } })).map((file) => [file.id, file]));
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) throw new BadRequestException(`文件不存在:${missing.join('、')}`);
    const wrong = kind ? ids.filter((id) => found.get(id)!.kind !== kind) : [];
    if (wrong.length) throw new BadRequestException(`文件 ${wrong.join('、')} 不是${kind === 'image' ? '图片' : '附件'}`);
    return ids.map((id) => found.get(id)!);
  }
}
