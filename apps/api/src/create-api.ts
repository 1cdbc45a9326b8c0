import { BadRequestException, ValidationPipe, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { SwaggerModule } from '@nestjs/swagger';
import type { Infrastructure } from '@zhanqun/platform';
import { HttpErrorFilter, limitJsonDepth, NonNullablePipe, ReadBackPipe, type AppConfig } from '@zhanqun/shared';
import type { ValidationError } from 'class-validator';
import { ApiModule } from './api.module';
import { serveConsole } from './console-static';
import { openApiDocument } from './openapi';
import { apiSecurityHeaders } from './security-headers';

/** Every message of a failed validation, nested fields included, as one readable line. */
function flatten(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const path = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) =>
      message.includes(error.property) ? message : `${path}: ${message}`,
    );
    return [...own, ...flatten(error.children ?? [], path)];
  });
}

/** The configured Nest application of apps/api (used by main.ts, the start script and the tests). */
export async function createApi(config: AppConfig, infrastructure: Infrastructure): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(ApiModule.forRoot(config, infrastructure), {
    logger: ['error', 'warn'],
    bodyParser: false,
  });
  // First, so every answer carries them: errors of the body parser and unknown paths too.
  app.disable('x-powered-by');
  app.use(apiSecurityHeaders);
  app.useBodyParser('json', { limit: '4mb' });
  app.use(limitJsonDepth);
  app.use(cookieParser());
  // Behind nginx: the audit log records the user's address, not nginx's (TRUST_PROXY names nginx).
  app.set('trust proxy', config.trustProxy);
  serveConsole(app, config.consoleRoot);
  app.setGlobalPrefix('api/v1');
  app.useGlobalFilters(new HttpErrorFilter());
  app.useGlobalPipes(
    // A document read with GET may be sent back whole: its read-only fields are dropped first.
    new ReadBackPipe(),
    // null only where the document says nullable: @IsOptional() would let it through to the database.
    new NonNullablePipe(),
    new ValidationPipe({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      exceptionFactory: (errors) => new BadRequestException(flatten(errors).join('; ')),
    }),
  );
  app.enableShutdownHooks();
  const document = openApiDocument(app);
  SwaggerModule.setup('api/docs', app, document);
  return app;
}
