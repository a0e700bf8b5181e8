import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { Response } from 'express';
import { Observable, tap } from 'rxjs';
import { etagOf } from './etag';

/** A handler result that names the stream revision it reflects (a command's or a read's). */
export interface Revisioned {
  readonly revision: number;
}

function revisionOf(value: unknown): number | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const revision = (value as Partial<Revisioned>).revision;
  return typeof revision === 'number' && Number.isInteger(revision) && revision >= 0 ? revision : undefined;
}

/**
 * Sets `ETag` from a returned `{ revision }`, so controllers map results to ETags without
 * touching the response. A handler that set an ETag itself keeps it.
 */
@Injectable()
export class EtagInterceptor implements NestInterceptor {
  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const res = context.switchToHttp().getResponse<Response>();
    return next.handle().pipe(
      tap((value) => {
        const revision = revisionOf(value);
        if (revision !== undefined && !res.headersSent && !res.hasHeader('ETag'))
          res.setHeader('ETag', etagOf(revision));
      }),
    );
  }
}
