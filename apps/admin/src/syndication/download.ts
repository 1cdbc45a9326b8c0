import { authFetch } from '../api/client';
import { ApiError, messageOf } from '../api/errors';

/** The file name of a `Content-Disposition` header: the UTF-8 `filename*` if there is one. */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition);
  if (encoded) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // a malformed escape: fall back to the plain name
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)?.[1] ?? null;
}

/**
 * Downloads a file the API makes (with the session's token, which a plain link would not send)
 * and saves it under the name the API gives it.
 */
export async function downloadFile(url: string, fallbackName: string): Promise<void> {
  let response: Response;
  try {
    response = await authFetch(new Request(url));
  } catch {
    throw new ApiError(0, messageOf(0, null));
  }
  if (!response.ok) throw new ApiError(response.status, messageOf(response.status, await response.json().catch(() => null)));
  const blob = await response.blob();
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileNameOf(response.headers.get('Content-Disposition')) ?? fallbackName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
