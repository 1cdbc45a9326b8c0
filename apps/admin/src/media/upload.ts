import { ApiError, messageOf } from '../api/errors';
import { refreshSession, session, waitForSignIn } from '../auth/session';
import type { MediaFile } from './queries';

/** What a refused upload says when no API message came back (e.g. a proxy's own 413 page). */
const FALLBACK: Record<number, string> = {
  413: '文件太大,超过了允许上传的大小',
  415: '不支持这种文件类型:只能上传 jpg、png、gif、webp 图片,或 pdf、Office 文档、zip 附件',
};

interface Answer {
  status: number;
  body: unknown;
}

function send(url: string, file: File, onProgress: (percent: number) => void): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    const token = session.get().accessToken;
    if (token) xhr.setRequestHeader('Authorization', `Bearer ${token}`);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(Math.round((event.loaded / event.total) * 100));
    };
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // not JSON: a proxy's error page
      }
      resolve({ status: xhr.status, body });
    };
    xhr.onerror = () => reject(new ApiError(0, messageOf(0, null)));
    const form = new FormData();
    form.append('file', file);
    xhr.send(form);
  });
}

/**
 * Uploads one file to a site's library with progress (fetch cannot report upload progress), with
 * the session's token; a run-out session is refreshed or signed in again and the upload retried.
 * The one upload of the console: the media library screen and the article editor (picker, .docx
 * pictures) both use it.
 */
export async function uploadMedia(siteId: number, file: File, onProgress: (percent: number) => void = () => undefined): Promise<MediaFile> {
  const url = `/api/v1/sites/${siteId}/media`;
  let answer = await send(url, file, onProgress);
  if (answer.status === 401 && ((await refreshSession()) || (await waitForSignIn()))) answer = await send(url, file, onProgress);
  if (answer.status >= 200 && answer.status < 300) return answer.body as MediaFile;
  const hasMessage = typeof (answer.body as { message?: unknown } | null)?.message === 'string';
  throw new ApiError(
    answer.status,
    !hasMessage && FALLBACK[answer.status] ? FALLBACK[answer.status] : messageOf(answer.status, answer.body),
  );
}
