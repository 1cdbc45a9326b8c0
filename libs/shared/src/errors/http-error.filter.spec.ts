import { Logger, type ArgumentsHost } from '@nestjs/common';
import { HttpErrorFilter } from './http-error.filter';

/** An error as the body parser makes them (http-errors): a status the client may be shown, and a type. */
function parserError(status: number, type?: string): Error {
  return Object.assign(new Error('refused'), { status, statusCode: status, expose: true, ...(type ? { type } : {}) });
}

/** What the filter answers for `exception`. */
function answer(exception: unknown): { status: number; body: Record<string, unknown> } {
  const sent = { status: 0, body: {} };
  const response = {
    status: (status: number) => ((sent.status = status), response),
    json: (body: Record<string, unknown>) => (sent.body = body),
  };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  new HttpErrorFilter().catch(exception, host);
  return sent;
}

describe('HttpErrorFilter', () => {
  it("keeps the body parser's client errors as 4xx with a readable message", () => {
    const charset = answer(parserError(415, 'charset.unsupported'));
    expect(charset).toEqual({ status: 415, body: expect.objectContaining({ statusCode: 415, error: 'Unsupported Media Type' }) });
    expect(answer(parserError(415, 'encoding.unsupported')).body.message).toMatch(/内容编码/);
    expect(answer(parserError(400)).body.message).toMatch(/请求体无法读取/);
    expect(answer(parserError(413, 'entity.too.large')).status).toBe(413);
  });

  it('answers 500 for anything else', () => {
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    expect(answer(new RangeError('Maximum call stack size exceeded')).status).toBe(500);
    expect(answer(Object.assign(new Error('x'), { status: 400 })).status).toBe(500);
  });
});
