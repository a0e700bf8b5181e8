import { ModuleMetadata } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Logger } from 'nestjs-pino';
import { JejakConfig, loadConfig } from '@jejak/config';
import { AppModule } from './app.module';
import { setupOpenApi } from './openapi';

/** What main.ts and the e2e suites do to the application before it listens. */
export function configureApp(app: NestExpressApplication): NestExpressApplication {
  app.useLogger(app.get(Logger));
  app.disable('x-powered-by');
  // An ETag here is a stream revision (EtagInterceptor); Express's body-hash ETags would be
  // sent back in If-Match and refused as malformed.
  app.set('etag', false);
  app.enableShutdownHooks();
  setupOpenApi(app);
  return app;
}

export interface CreateAppOptions {
  /** Modules added beside AppModule (a context's suite before its module is wired in, test doubles). */
  readonly imports?: ModuleMetadata['imports'];
}

class ApiWithExtras {}

/**
 * The API application, configured but not listening (`await app.listen(port)` or `app.init()`).
 * Nest's own body parser is off: JejakHttpModule parses JSON (with its limit) after the logger.
 */
export async function createApp(
  config: JejakConfig = loadConfig(),
  options: CreateAppOptions = {},
): Promise<NestExpressApplication> {
  const root = options.imports?.length
    ? { module: ApiWithExtras, imports: [AppModule.forRoot(config), ...options.imports] }
    : AppModule.forRoot(config);
  const app = await NestFactory.create<NestExpressApplication>(root, {
    bufferLogs: true,
    bodyParser: false,
    abortOnError: false,
  });
  return configureApp(app);
}
