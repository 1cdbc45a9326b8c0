import { useEffect, useState } from 'react';
import { authFetch } from '../api/client';
import { ApiError, messageOf } from '../api/errors';

/** Staff previews come from the API with the session's token, which an <img src> cannot send. */
async function fetchBlob(url: string): Promise<Blob> {
  const response = await authFetch(new Request(url));
  if (!response.ok) throw new ApiError(response.status, messageOf(response.status, await response.json().catch(() => null)));
  return response.blob();
}

/** An object URL of an API file for <img>, released when the component goes away; null while loading or on failure. */
export function useAuthorizedUrl(url: string | null): { src: string | null; failed: boolean } {
  const [state, setState] = useState<{ src: string | null; failed: boolean }>({ src: null, failed: false });
  useEffect(() => {
    if (!url) return;
    let objectUrl: string | null = null;
    let cancelled = false;
    fetchBlob(url).then(
      (blob) => {
        if (cancelled) return;
        objectUrl = URL.createObjectURL(blob);
        setState({ src: objectUrl, failed: false });
      },
      () => !cancelled && setState({ src: null, failed: true }),
    );
    return () => {
      cancelled = true;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url]);
  return state;
}

/** Saves an API file under its own name, as a download link would. */
export async function downloadFile(url: string, name: string): Promise<void> {
  const objectUrl = URL.createObjectURL(await fetchBlob(url));
  const link = document.createElement('a');
  link.href = objectUrl;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(objectUrl), 1000);
}
