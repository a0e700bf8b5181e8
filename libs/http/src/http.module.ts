import { DynamicModule, Inject, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR, APP_PIPE } from '@nestjs/core';
import { LoggerModule } from 'nestjs-pino';
import { jsonBody } from './body/json-body.middleware';
import { RequestContextMiddleware } from './correlation/request-context.middleware';
import { EtagInterceptor } from './etag/etag.interceptor';
import { IdempotencyInterceptor } from './idempotency/idempotency.interceptor';
import { IdempotencyStore } from './idempotency/idempotency.store';
import { loggerParams } from './logging/logger-params';
import { ProblemFilter } from './problem/problem.filter';
import { createValidationPipe } from './validation/validation.pipe';

const HTTP_OPTIONS = Symbol('JEJAK_HTTP_OPTIONS');

export interface JejakHttpOptions {
  readonly logLevel: string;
  /** The largest JSON body accepted; 2 MB by default (an agency-year's interchange document fits). */
  readonly jsonBodyLimit?: string;
}

/**
 * The API's cross-cutting HTTP behaviour, installed once by the root module: request context and
 * correlation ids, structured logging, validation, problem documents, ETags and idempotency keys.
 * Parses JSON bodies itself: create the application with `bodyParser: false`. Needs TypeORM's
 * DataSource (for `idempotency_keys`) from the root module.
 */
@Module({})
export class JejakHttpModule implements NestModule {
  constructor(@Inject(HTTP_OPTIONS) private readonly options: JejakHttpOptions) {}

  static forRoot(options: JejakHttpOptions): DynamicModule {
    return {
      module: JejakHttpModule,
      // Global, so that its request logger is mounted before every module's middleware (Nest
      // mounts global modules' first) and logs even a request the body parser refuses.
      imports: [{ ...LoggerModule.forRoot(loggerParams(options.logLevel)), global: true }],
      providers: [
        { provide: HTTP_OPTIONS, useValue: options },
        IdempotencyStore,
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: ProblemFilter },
        // Outermost first: the idempotency interceptor sees the ETag the inner one sets.
        { provide: APP_INTERCEPTOR, useClass: IdempotencyInterceptor },
        { provide: APP_INTERCEPTOR, useClass: EtagInterceptor },
      ],
      exports: [IdempotencyStore],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(RequestContextMiddleware, jsonBody(this.options.jsonBodyLimit ?? '2mb')).forRoutes('*');
  }
}
