import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const CORRELATION_HEADER = 'X-Correlation-Id';

/** What a client may send as its correlation id; anything else is replaced, never echoed. */
const ACCEPTABLE = /^[A-Za-z0-9._:@/+=-]{1,128}$/;
const resolved = new WeakMap<IncomingMessage, string>();

/**
 * The request's correlation id: the client's `X-Correlation-Id` when it is sane, otherwise a new
 * UUID; echoed on the response. The same for every caller of one request (pino's request id,
 * the request context, the problem documents).
 */
export function correlationIdOf(req: IncomingMessage, res?: ServerResponse): string {
  let id = resolved.get(req);
  if (id === undefined) {
    const sent = req.headers[CORRELATION_HEADER.toLowerCase()];
    id = typeof sent === 'string' && ACCEPTABLE.test(sent) ? sent : randomUUID();
    resolved.set(req, id);
  }
  if (res && !res.headersSent && !res.hasHeader(CORRELATION_HEADER)) res.setHeader(CORRELATION_HEADER, id);
  return id;
}
