import {
  BadRequestException,
  HttpException,
  Injectable,
  PayloadTooLargeException,
  type CallHandler,
  type NestInterceptor,
} from '@nestjs/common';
import { catchError, throwError, type Observable } from 'rxjs';

/** Multer's refusals in words a user can act on (its own messages are English and terse). */
const MESSAGES: Record<string, string> = {
  'File too large': '文件超过上传大小上限',
  'Unexpected field': '上传字段名必须是 file',
  'Unexpected file field': '上传字段名必须是 file',
  'Too many files': '一次只能上传一个文件',
  'Too many parts': '上传表单的字段过多',
  'Too many fields': '上传表单的字段过多',
};

/** Wraps the upload interceptor of a route (list it first) so multipart errors read in Chinese. */
@Injectable()
export class UploadErrorsInterceptor implements NestInterceptor {
  intercept(_context: unknown, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      catchError((error: unknown) => {
        if (!(error instanceof HttpException)) return throwError(() => error);
        const translated = MESSAGES[error.message.replace(/ - .*$/, '')];
        if (translated) {
          const Status = error.getStatus() === 413 ? PayloadTooLargeException : BadRequestException;
          return throwError(() => new Status(translated));
        }
        if (error.getStatus() === 400 && /multipart|boundary|form/i.test(error.message)) {
          return throwError(() => new BadRequestException('上传请求不是有效的 multipart/form-data'));
        }
        return throwError(() => error);
      }),
    );
  }
}
