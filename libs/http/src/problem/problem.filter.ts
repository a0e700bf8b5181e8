import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { correlationIdOf } from '../correlation/correlation-id';
import { PROBLEM_CONTENT_TYPE, ProblemDocument, problemType } from './problem';
import { mapError } from './problem-mapping';

/**
 * The API's one exception filter: every error leaves as an RFC 9457 problem document. A fault of
 * ours is logged with its stack and answered with a generic 500 that leaks nothing.
 */
@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    const mapped = mapError(error);
    if (mapped.internal)
      this.logger.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    if (res.headersSent) {
      res.end();
      return;
    }
    const body: ProblemDocument = {
      ...mapped.extensions,
      type: problemType(mapped.code),
      title: mapped.title,
      status: mapped.status,
      detail: mapped.detail,
      instance: (req.originalUrl ?? req.url ?? '').split('?')[0],
      code: mapped.code,
      errors: mapped.errors,
      correlationId: correlationIdOf(req, res),
    };
    if (mapped.status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
    res.status(mapped.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
  }
}
