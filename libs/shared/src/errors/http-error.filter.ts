import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { QueryFailedError } from 'typeorm';
import { isDatabaseUnavailable } from './database-unavailable';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  423: 'Locked',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/** MySQL errors that are the caller's fault, mapped to a 4xx with a message they can act on. */
function fromDatabase(error: QueryFailedError): { status: number; message: string } | null {
  const code = (error.driverError as { code?: string } | undefined)?.code;
  switch (code) {
    case 'ER_DUP_ENTRY':
      return { status: 409, message: '记录已存在 (duplicate value)' };
    case 'ER_DATA_TOO_LONG':
      return { status: 400, message: '字段内容过长 (a value is too long)' };
    case 'ER_TRUNCATED_WRONG_VALUE':
    case 'ER_TRUNCATED_WRONG_VALUE_FOR_FIELD':
    case 'ER_WARN_DATA_OUT_OF_RANGE':
      return { status: 400, message: '字段取值无效 (a value is out of range or malformed)' };
    case 'ER_NO_REFERENCED_ROW_2':
      return { status: 400, message: '引用的记录不存在 (a referenced record does not exist)' };
    default:
      return null;
  }
}

/** What the body parser's errors (http-errors with a `type`) tell the client. */
const BODY_ERRORS: Record<string, string> = {
  'entity.too.large': '请求体过大 (request body too large)',
  'entity.parse.failed': '请求体不是有效的 JSON (malformed JSON body)',
  'charset.unsupported': '请求体的字符集不受支持,请使用 UTF-8 (unsupported charset)',
  'encoding.unsupported': '请求体的内容编码不受支持 (unsupported Content-Encoding)',
};

/**
 * The body parser's refusals (an unsupported charset or Content-Encoding, a body that does not
 * inflate, malformed JSON, too large) are the client's fault: their own 4xx with a readable message.
 */
function fromBodyParser(exception: unknown): { status: number; message: string } | null {
  const { status, expose, type } = (exception ?? {}) as { status?: unknown; expose?: unknown; type?: unknown };
  if (expose !== true || typeof status !== 'number' || status < 400 || status >= 500) return null;
  return { status, message: BODY_ERRORS[String(type)] ?? '请求体无法读取 (the request body could not be read)' };
}

/** Every error leaves as `{ statusCode, error, message }` (v1 API contract, docs/architecture.md); unknown errors are 500s and logged. */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HttpError');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    let status = HttpStatus.INTERNAL_SERVER_ERROR;
    let message: string = '服务器内部错误';
    let details: Record<string, unknown> = {};
    if (exception instanceof HttpException) {
      status = exception.getStatus();
      const body = exception.getResponse();
      const raw = typeof body === 'string' ? body : (body as { message?: unknown }).message;
      message = Array.isArray(raw) ? raw.join('; ') : String(raw ?? exception.message);
      // Extra fields a service attached (e.g. the offending words) travel with the error.
      if (typeof body === 'object' && body !== null) {
        const { statusCode: _s, error: _e, message: _m, ...rest } = body as Record<string, unknown>;
        details = rest;
      }
    } else if (isDatabaseUnavailable(exception)) {
      // A database restart or outage: the client may simply try again shortly.
      status = HttpStatus.SERVICE_UNAVAILABLE;
      message = '数据库暂时不可用,请稍后重试 (database unavailable)';
      response.setHeader('Retry-After', '5');
    } else if (exception instanceof QueryFailedError && fromDatabase(exception)) {
      ({ status, message } = fromDatabase(exception)!);
    } else if (fromBodyParser(exception)) {
      ({ status, message } = fromBodyParser(exception)!);
    } else {
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    }
    response.status(status).json({ statusCode: status, error: REASONS[status] ?? 'Error', message, ...details });
  }
}
