import { BadRequestException } from '@nestjs/common';
import { plausibleZip } from '@zhanqun/shared';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { fileOfTemplate, templateOfFile } from '../template-names';
import type { ThemeSources } from '../theme-sources';

const MAX_ENTRIES = 200;
const MAX_ENTRY_BYTES = 1024 * 1024;

/** Templates as a zip laid out like templates/default (layout.hbs, pages/, partials/). */
export function zipTemplates(sources: ThemeSources): Buffer {
  return Buffer.from(zipSync(Object.fromEntries(Object.entries(sources).map(([name, source]) => [fileOfTemplate(name), strToU8(source)]))));
}

/**
 * The templates of an uploaded zip. Only `.hbs` files of the theme layout count (a leading
 * folder, as when a folder is zipped, is ignored); folders and other files (assets, README)
 * are skipped. Refuses archives that are not zips, too many entries or oversized ones.
 */
export function unzipTemplates(archive: Buffer): ThemeSources {
  if (!plausibleZip(archive, MAX_ENTRIES)) {
    throw new BadRequestException(`上传的文件不是有效的 zip 压缩包,或文件太多(最多 ${MAX_ENTRIES} 个)`);
  }
  const sources: ThemeSources = {};
  let entries = 0;
  let oversized: string | null = null;
  try {
    const files = unzipSync(archive, {
      filter: (file) => {
        entries++;
        if (file.originalSize > MAX_ENTRY_BYTES) oversized = file.name;
        return entries <= MAX_ENTRIES && !oversized && file.name.endsWith('.hbs');
      },
    });
    for (const [path, content] of Object.entries(files)) {
      const name = templateOfFile(path) ?? templateOfFile(path.split('/').slice(1).join('/'));
      if (name) sources[name] = strFromU8(content);
    }
  } catch {
    throw new BadRequestException('上传的文件不是有效的 zip 压缩包');
  }
  if (entries > MAX_ENTRIES) throw new BadRequestException(`压缩包的文件太多(最多 ${MAX_ENTRIES} 个)`);
  if (oversized) throw new BadRequestException(`压缩包中的 ${oversized} 太大(单个模板最大 1 MB)`);
  if (!Object.keys(sources).length) throw new BadRequestException('压缩包中没有模板(layout.hbs、pages/*.hbs、partials/*.hbs)');
  return sources;
}
