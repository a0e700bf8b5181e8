import { CallHandler, ExecutionContext, Injectable, Logger, NestInterceptor } from '@nestjs/common';
import { requestContext } from '@jejak/database';
import type { Request, Response } from 'express';
import { catchError, concatMap, from, Observable, of } from 'rxjs';
import { HttpProblem } from '../problem/problem';
import {
  checkIdempotencyKey,
  IDEMPOTENCY_HEADER,
  REPLAYED_HEADER,
  requestFingerprint,
} from './idempotency-key';
import { IdempotencyScope, IdempotencyStore, StoredResponse } from './idempotency.store';

const COMMAND_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
/** Response headers a replay must repeat. */
const KEPT_HEADERS = ['etag', 'location', 'content-location'];

/**
 * Honours `Idempotency-Key` on authenticated command requests: the first request with a key runs
 * and its response is remembered; the same request again gets that response back
 * (`Idempotent-Replayed: true`); the key with another request is a 422; a duplicate arriving
 * while the first still runs is a 409. Failed requests are forgotten, so they can be retried.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Idempotency');

  constructor(private readonly store: IdempotencyStore) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const req = context.switchToHttp().getRequest<Request>();
    const res = context.switchToHttp().getResponse<Response>();
    const header = req.headers[IDEMPOTENCY_HEADER.toLowerCase()];
    const scope =
      typeof header === 'string' && COMMAND_METHODS.has(req.method)
        ? scopeOf(checkIdempotencyKey(header))
        : undefined;
    if (!scope) return next.handle();
    const fingerprint = requestFingerprint(req.method, req.originalUrl, req.body);
    return from(this.store.claim(scope, fingerprint)).pipe(
      concatMap((claim) => {
        switch (claim.kind) {
          case 'claimed':
            return this.runAndRemember(scope, res, next);
          case 'replay':
            return of(replay(res, claim.response));
          case 'mismatch':
            throw new HttpProblem(
              422,
              'IDEMPOTENCY.KEY_REUSED',
              'This Idempotency-Key was already used for a different request.',
            );
          case 'in-progress':
            throw new HttpProblem(
              409,
              'IDEMPOTENCY.IN_PROGRESS',
              'A request with this Idempotency-Key is still being processed; retry later.',
            );
        }
      }),
    );
  }

  private runAndRemember(scope: IdempotencyScope, res: Response, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(
      concatMap(async (body) => {
        const headers = Object.fromEntries(
          KEPT_HEADERS.filter((name) => res.hasHeader(name)).map((name) => [
            name,
            String(res.getHeader(name)),
          ]),
        );
        await this.store
          .complete(scope, { status: res.statusCode, body, headers })
          .catch((error: unknown) => this.logger.error(`could not remember the response: ${String(error)}`));
        return body;
      }),
      catchError((error: unknown) =>
        from(this.store.release(scope).catch(() => undefined)).pipe(
          concatMap(() => {
            throw error;
          }),
        ),
      ),
    );
  }
}

/** Only authenticated callers have a scope to keep keys in; an anonymous request's key is ignored. */
function scopeOf(key: string): IdempotencyScope | undefined {
  const context = requestContext.current();
  if (!context?.actor) return undefined;
  const tenantId = context.platform ? null : (context.tenantId ?? null);
  return { tenantId, accountId: context.actor.account, key };
}

function replay(res: Response, stored: StoredResponse): unknown {
  res.status(stored.status);
  for (const [name, value] of Object.entries(stored.headers)) res.setHeader(name, value);
  res.setHeader(REPLAYED_HEADER, 'true');
  return stored.body;
}
