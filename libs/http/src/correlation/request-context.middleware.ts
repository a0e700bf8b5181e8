import { Injectable, NestMiddleware } from '@nestjs/common';
import { requestContext } from '@jejak/database';
import type { NextFunction, Request, Response } from 'express';
import { IDEMPOTENCY_HEADER } from '../idempotency/idempotency-key';
import { correlationIdOf } from './correlation-id';
import { httpRequestStore } from './http-request-store';

/**
 * Opens the request context for every request, anonymous until the auth guard fills in the
 * tenant and actor (`requestContext.assign`), so every query of the request runs under it.
 */
@Injectable()
export class RequestContextMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const correlationId = correlationIdOf(req, res);
    const key = req.headers[IDEMPOTENCY_HEADER.toLowerCase()];
    requestContext.run({ platform: false, correlationId, source: 'api' }, () =>
      httpRequestStore.run({ idempotencyKey: typeof key === 'string' ? key : undefined }, next),
    );
  }
}
