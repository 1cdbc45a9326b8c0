import { applyDecorators } from '@nestjs/common';
import { ApiParam, ApiProperty, ApiResponse } from '@nestjs/swagger';

/**
 * The body of every error (HttpErrorFilter). Some refusals carry more fields next to these three,
 * named in the operation's description (e.g. `words` of a 422 for sensitive words, `problems` of a
 * 422 for templates or the standards profile).
 */
export class ErrorResponse {
  @ApiProperty({ description: 'The HTTP status, repeated', example: 404 })
  statusCode: number;

  @ApiProperty({ description: 'The reason phrase of the status', example: 'Not Found' })
  error: string;

  @ApiProperty({ description: 'What went wrong, in words a user can act on (validation failures joined by "; ")', example: '文章不存在' })
  message: string;
}

/** The client errors the API gives, with what each means across the API. */
const CLIENT_ERRORS = {
  400: 'Invalid input: a field fails validation, or the request contradicts itself',
  401: 'Not authenticated: the credentials or the bearer access token are missing, wrong or expired (or the account is disabled)',
  403: 'Signed in, but the caller’s roles do not allow this',
  404: 'Not found (also for ids that are not positive integers, and for what the caller may not see)',
  409: 'Conflicts with the current state (a duplicate, or someone else changed it first)',
  413: 'Too large (an upload above the size limit or the site’s storage quota)',
  415: 'Unsupported media type',
  422: 'Well-formed but refused by a content rule',
  423: 'Account locked after too many failed logins',
  429: 'Too many requests',
} as const;

export type ClientErrorStatus = keyof typeof CLIENT_ERRORS;

/** Documents the client errors an operation (or every operation of a controller) can give, each with the error shape. */
export function ApiErrors(...statuses: ClientErrorStatus[]): MethodDecorator & ClassDecorator {
  return applyDecorators(...statuses.map((status) => ApiResponse({ status, description: CLIENT_ERRORS[status], type: ErrorResponse })));
}

/** A `:name` route parameter holding a database id (anything but a positive integer is a 404). */
export function ApiIdParam(name: string, description: string): MethodDecorator & ClassDecorator {
  return ApiParam({ name, description, schema: { type: 'integer', minimum: 1, maximum: 4294967295 } });
}

/** A 200 whose body is a file, e.g. a zip or xlsx download. */
export function ApiFileResponse(description: string, ...mimeTypes: string[]): MethodDecorator & ClassDecorator {
  const content = Object.fromEntries(mimeTypes.map((type) => [type, { schema: { type: 'string', format: 'binary' } }]));
  return ApiResponse({ status: 200, description, content });
}

/** The operationId of a controller method: `ArticlesController.list` → `articlesList`. */
export function operationIdOf(controllerKey: string, methodKey: string): string {
  const controller = controllerKey.replace(/Controller$/, '');
  return controller.charAt(0).toLowerCase() + controller.slice(1) + methodKey.charAt(0).toUpperCase() + methodKey.slice(1);
}
