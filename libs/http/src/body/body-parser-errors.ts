import { clientStatusOf } from '../problem/problem-mapping';
import { HttpProblem } from '../problem/problem';

const DETAILS: Readonly<Record<string, [string, string]>> = {
  'entity.parse.failed': ['REQUEST.MALFORMED_JSON', 'The request body is not valid JSON.'],
  'entity.too.large': ['REQUEST.TOO_LARGE', 'The request body is too large.'],
  'charset.unsupported': [
    'REQUEST.UNSUPPORTED_CHARSET',
    'The request body charset is not supported; send UTF-8.',
  ],
  'encoding.unsupported': [
    'REQUEST.UNSUPPORTED_ENCODING',
    'The request body content encoding is not supported.',
  ],
  'request.aborted': ['REQUEST.ABORTED', 'The request was aborted.'],
  'request.size.invalid': [
    'REQUEST.SIZE_INVALID',
    'The request body size does not match its Content-Length.',
  ],
};

/**
 * A body-parser error as a problem with a stable code (rather than the parser's message, which
 * quotes the body); anything that is not the client's fault is passed on unchanged.
 */
export function bodyParserProblem(error: unknown): unknown {
  const status = clientStatusOf(error);
  if (status === undefined) return error;
  const type = (error as { type?: unknown }).type;
  const [code, detail] = DETAILS[typeof type === 'string' ? type : ''] ?? [
    'REQUEST.BAD_REQUEST',
    'The request body was refused.',
  ];
  return new HttpProblem(status, code, detail);
}
