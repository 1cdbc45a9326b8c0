import { thumbnailPath, type MediaFile } from './media-file.entity';
import type { MediaUse } from './media-links.service';

/** A media file as the API shows it. `publicPath` is what an article body links to. */
export function mediaView(file: MediaFile, usedBy: MediaUse[] = []) {
  const base = `/api/v1/sites/${file.siteId}/media/${file.id}`;
  return {
    id: file.id,
    siteId: file.siteId,
    kind: file.kind,
    name: file.name,
    ext: file.ext,
    mime: file.mime,
    bytes: file.bytes,
    width: file.width,
    height: file.height,
    publicPath: file.publicPath,
    thumbnailPath: file.kind === 'image' ? thumbnailPath(file) : null,
    /** Staff preview through the API (the public copy exists only while a live article uses it). */
    fileUrl: `${base}/file`,
    thumbnailUrl: file.kind === 'image' ? `${base}/thumbnail` : null,
    createdBy: file.createdBy,
    createdAt: file.createdAt,
    usedBy,
  };
}

export type MediaView = ReturnType<typeof mediaView>;
