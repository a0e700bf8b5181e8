import { json, NextFunction, Request, RequestHandler, Response } from 'express';
import { HttpProblem } from '../problem/problem';
import { bodyParserProblem } from './body-parser-errors';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

function hasBody(req: Request): boolean {
  const length = req.headers['content-length'];
  return req.headers['transfer-encoding'] !== undefined || (length !== undefined && length !== '0');
}

/**
 * The API speaks JSON: parses a JSON body of at most `limit` (objects and arrays only), refuses a
 * body of another media type with 415 rather than handing the handler an empty one, and turns
 * the parser's errors into problems (400 malformed, 413 too large).
 */
export function jsonBody(limit: string): RequestHandler {
  const parse = json({
    limit,
    strict: true,
    type: (req) => JSON_TYPE.test(req.headers['content-type'] ?? ''),
  });
  return (req: Request, res: Response, next: NextFunction) => {
    if (hasBody(req) && !JSON_TYPE.test(req.headers['content-type'] ?? '')) {
      return next(
        new HttpProblem(415, 'REQUEST.UNSUPPORTED_MEDIA_TYPE', 'Send the request body as application/json.'),
      );
    }
    parse(req, res, (error?: unknown) => (error ? next(bodyParserProblem(error)) : next()));
  };
}
