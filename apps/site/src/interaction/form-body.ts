import type { IncomingMessage } from 'node:http';

export type FormBody = { ok: true; form: URLSearchParams } | { ok: false; status: 413 | 415; message: string };

/** A letter is at most 5,000 characters of text; percent-encoded that is under 64 KB. */
export const FORM_LIMIT_BYTES = 64 * 1024;

/**
 * Reads an `application/x-www-form-urlencoded` body, as browsers post forms. Past the limit it
 * stops buffering and drains the rest; the caller answers with `Connection: close`.
 */
export function readFormBody(request: IncomingMessage, limitBytes = FORM_LIMIT_BYTES): Promise<FormBody> {
  const type = (request.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type !== 'application/x-www-form-urlencoded') {
    request.resume();
    return Promise.resolve({ ok: false, status: 415, message: '请通过网页表单提交' });
  }
  const declared = Number(request.headers['content-length']);
  if (declared > limitBytes) {
    request.resume();
    return Promise.resolve({ ok: false, status: 413, message: '提交的内容太长' });
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limitBytes) {
        request.off('data', onData);
        request.resume();
        resolve({ ok: false, status: 413, message: '提交的内容太长' });
        return;
      }
      chunks.push(chunk);
    };
    request.on('data', onData);
    request.once('end', () => {
      if (size <= limitBytes) resolve({ ok: true, form: new URLSearchParams(Buffer.concat(chunks).toString('utf8')) });
    });
    request.once('error', reject);
  });
}
