import { zip64Bomb } from '@zhanqun/testing';
import type { Response } from 'supertest';
import { sampleFiles } from '../support/sample-files';
import type { TestStack } from '../support/stack';
import type { Upload } from './bodies';
import type { FuzzRequest } from './requests';

const TIMEOUT_MS = 30_000;

/** The uploads' bytes, made once. */
export async function uploadBytes(): Promise<Record<Upload, Buffer>> {
  return {
    png: await sampleFiles.png(64, 48),
    jpeg: await sampleFiles.jpeg(),
    pdf: sampleFiles.pdf(),
    docx: sampleFiles.docx(),
    zip: sampleFiles.zip(),
    exe: sampleFiles.exe(),
    svg: sampleFiles.svg(),
    html: sampleFiles.html(),
    brokenPng: sampleFiles.brokenPng(),
    zip64Bomb: zip64Bomb(),
    empty: Buffer.alloc(0),
    random: Buffer.from(Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256)),
  };
}

/** What came back: the status and everything a leak could hide in (body and headers). */
export interface Answer {
  status: number;
  text: string;
}

/** Sends one fuzzed request to the in-process api; `null` when no answer came within the timeout. */
export async function send(
  stack: TestStack,
  request: FuzzRequest,
  authorization: string | null,
  uploads: Record<Upload, Buffer>,
): Promise<Answer | null> {
  let test = stack.http[request.method](request.url).timeout(TIMEOUT_MS);
  if (authorization) test = test.set('Authorization', authorization);
  for (const [name, value] of Object.entries(request.headers)) test = test.set(name, value);
  const body = request.body;
  if (body.kind === 'json') test = test.set('Content-Type', 'application/json').send(JSON.stringify(body.value) ?? '');
  if (body.kind === 'text') {
    test = test.set('Content-Type', body.contentType);
    if (body.contentEncoding) test = test.set('Content-Encoding', body.contentEncoding);
    test = test.send(body.text);
  }
  if (body.kind === 'multipart') {
    for (const [name, value] of Object.entries(body.fields)) test = test.field(name, value);
    test = test.attach(body.field, uploads[body.upload], body.filename || 'file');
  }
  let response: Response;
  try {
    response = await test;
  } catch (error) {
    if ((error as { timeout?: number }).timeout) return null;
    throw error;
  }
  const raw = Buffer.isBuffer(response.body) ? response.body.toString('utf8') : '';
  return { status: response.status, text: `${JSON.stringify(response.headers)}\n${response.text ?? ''}\n${raw}` };
}
