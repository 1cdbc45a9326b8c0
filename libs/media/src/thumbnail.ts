import sharp from 'sharp';

const THUMBNAIL_WIDTH = 480;
const THUMBNAIL_HEIGHT = 320;

export interface ImageFacts {
  width: number;
  height: number;
  thumbnail: Buffer;
}

/**
 * Decodes an image (so a corrupt or disguised file is refused) and makes its thumbnail: a JPEG
 * cropped to 3:2 for picture-news slots, flattened on white, EXIF orientation applied.
 * Returns null when the bytes do not decode.
 */
export async function describeImage(content: Buffer): Promise<ImageFacts | null> {
  try {
    const image = sharp(content, { animated: false, limitInputPixels: 100_000_000 });
    const { width, height } = await image.metadata();
    if (!width || !height) return null;
    const thumbnail = await image
      .rotate()
      .resize(THUMBNAIL_WIDTH, THUMBNAIL_HEIGHT, { fit: 'cover', withoutEnlargement: false })
      .flatten({ background: '#ffffff' })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
    return { width, height, thumbnail };
  } catch {
    return null;
  }
}
