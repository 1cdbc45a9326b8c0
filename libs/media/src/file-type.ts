import { plausibleZip } from '@zhanqun/shared';
import { unzipSync } from 'fflate';
import { filetypeinfo } from 'magic-bytes.js';
import type { MediaKind } from './media-file.entity';

export interface SniffedType {
  kind: MediaKind;
  ext: string;
  mime: string;
}

const IMAGES: Record<string, SniffedType> = {
  jpg: { kind: 'image', ext: 'jpg', mime: 'image/jpeg' },
  png: { kind: 'image', ext: 'png', mime: 'image/png' },
  gif: { kind: 'image', ext: 'gif', mime: 'image/gif' },
  webp: { kind: 'image', ext: 'webp', mime: 'image/webp' },
};

const attachment = (ext: string, mime: string): SniffedType => ({ kind: 'attachment', ext, mime });
const PDF = attachment('pdf', 'application/pdf');
const ZIP = attachment('zip', 'application/zip');
const OOXML: [folder: string, type: SniffedType][] = [
  ['word/', attachment('docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')],
  ['xl/', attachment('xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')],
  ['ppt/', attachment('pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation')],
];
/** Legacy Office files are OLE2 compound files; the stream names inside tell them apart. */
const OLE2: [stream: Buffer, type: SniffedType][] = [
  [Buffer.from('WordDocument', 'utf16le'), attachment('doc', 'application/msword')],
  [Buffer.from('Workbook', 'utf16le'), attachment('xls', 'application/vnd.ms-excel')],
  [Buffer.from('Book', 'utf16le'), attachment('xls', 'application/vnd.ms-excel')],
  [Buffer.from('PowerPoint Document', 'utf16le'), attachment('ppt', 'application/vnd.ms-powerpoint')],
];

/** Entry names of a zip archive (nothing is inflated), or null when it is not a readable zip. */
/** More than any office document or attachment zip a unit publishes; refused before unzipping. */
const MAX_ZIP_ENTRIES = 100_000;

function zipEntries(content: Buffer): string[] | null {
  if (!plausibleZip(content, MAX_ZIP_ENTRIES)) return null;
  const names: string[] = [];
  try {
    unzipSync(content, {
      filter: (entry) => {
        names.push(entry.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}

function officeOpenXml(content: Buffer): SniffedType | null {
  const names = zipEntries(content);
  if (!names) return null;
  if (!names.includes('[Content_Types].xml')) return ZIP;
  return OOXML.find(([folder]) => names.some((name) => name.startsWith(folder)))?.[1] ?? ZIP;
}

/**
 * What a file is, judged by its bytes alone (the upload's name and declared type are ignored),
 * or null when it is none of the kinds a government site may publish. SVG is refused on purpose:
 * it can carry script.
 */
export function sniffFileType(content: Buffer): SniffedType | null {
  const candidates = new Set(filetypeinfo(content.subarray(0, 64)).map((info) => info.typename));
  if (candidates.has('jpg')) return IMAGES.jpg;
  for (const name of ['png', 'gif', 'webp']) if (candidates.has(name)) return IMAGES[name];
  if (candidates.has('pdf')) return PDF;
  if (candidates.has('zip')) return officeOpenXml(content);
  if (candidates.has('doc')) return OLE2.find(([stream]) => content.includes(stream))?.[1] ?? null;
  return null;
}
