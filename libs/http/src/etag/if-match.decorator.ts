import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import { parseIfMatch } from './etag';

/**
 * The revision from `If-Match` (undefined when absent), for the handler's expected revision:
 * `@IfMatch() expectedRevision: number | undefined`. Malformed → 400.
 */
export const IfMatch = createParamDecorator((_data: unknown, ctx: ExecutionContext): number | undefined =>
  parseIfMatch(ctx.switchToHttp().getRequest<Request>().headers['if-match']),
);
