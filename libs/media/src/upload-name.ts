const CONTROL = /[\u0000-\u001f\u007f]/gu;
const MAX_NAME = 200;
const SAME_TYPE: Record<string, string[]> = { jpg: ['jpg', 'jpeg'] };

/**
 * The display name of an upload: its last path segment, without control characters, at most
 * 200 characters, ending with an extension of the type the content decided (so `名单.exe` that
 * is really a PDF is listed as `名单.exe.pdf`, never as an executable).
 */
export function uploadName(original: string | undefined, ext: string): string {
  const base = (original ?? '').split(/[\\/]/).pop()!.replace(CONTROL, '').trim();
  const suffix = /\.([A-Za-z0-9]{1,8})$/.exec(base)?.[1].toLowerCase();
  const fits = suffix !== undefined && (SAME_TYPE[ext] ?? [ext]).includes(suffix) && base.length > suffix.length + 1;
  const stem = fits ? base.slice(0, -suffix.length - 1) : base || '附件';
  const ending = fits ? base.slice(-suffix.length - 1) : `.${ext}`;
  const chars = Array.from(stem);
  const room = MAX_NAME - ending.length;
  return (chars.length > room ? chars.slice(0, room).join('') : stem) + ending;
}
