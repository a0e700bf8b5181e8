import { HttpException, HttpStatus } from '@nestjs/common';
import { DomainError, TenantAccessDeniedError, WrongExpectedRevisionError } from '@jejak/eventstore';
import { FieldError, HttpProblem } from './problem';

/** What the filter needs to answer an error: everything but the request-specific members. */
export interface MappedProblem {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly errors: readonly FieldError[];
  readonly extensions: Readonly<Record<string, unknown>>;
  /** True for a fault of ours (500): logged, and its message never reaches the client. */
  readonly internal: boolean;
}

const CODES: Readonly<Record<number, string>> = {
  400: 'REQUEST.BAD_REQUEST',
  401: 'AUTH.UNAUTHENTICATED',
  403: 'AUTH.FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'REQUEST.METHOD_NOT_ALLOWED',
  406: 'REQUEST.NOT_ACCEPTABLE',
  409: 'CONFLICT',
  413: 'REQUEST.TOO_LARGE',
  415: 'REQUEST.UNSUPPORTED_MEDIA_TYPE',
  422: 'UNPROCESSABLE',
  429: 'REQUEST.TOO_MANY',
  503: 'SERVICE_UNAVAILABLE',
};

/** The reason phrase of a status, as the problem's `title`. */
export function titleOf(status: number): string {
  const name = HttpStatus[status] as string | undefined;
  if (!name) return status >= 500 ? 'Internal Server Error' : 'Bad Request';
  return name
    .toLowerCase()
    .split('_')
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join(' ');
}

function problem(
  status: number,
  code: string,
  detail: string,
  more: Partial<MappedProblem> = {},
): MappedProblem {
  return {
    status,
    code,
    title: titleOf(status),
    detail,
    errors: [],
    extensions: {},
    internal: false,
    ...more,
  };
}

/** An error of the http-errors family (Express, body-parser) that says the client is at fault. */
export function clientStatusOf(error: unknown): number | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { status, statusCode, expose } = error as Record<string, unknown>;
  const code = typeof status === 'number' ? status : typeof statusCode === 'number' ? statusCode : undefined;
  return code !== undefined && code >= 400 && code <= 499 && expose === true ? code : undefined;
}

function fromHttpException(error: HttpException): MappedProblem {
  const status = error.getStatus();
  if (error instanceof HttpProblem) {
    return problem(status, error.code, error.message, { errors: error.errors, extensions: error.extensions });
  }
  const body = error.getResponse();
  const message =
    typeof body === 'object' && body !== null && 'message' in body
      ? (body as { message: unknown }).message
      : body;
  const detail = Array.isArray(message) ? message.join('; ') : String(message ?? error.message);
  const code = CODES[status] ?? `HTTP.${status}`;
  if (status >= 500) return problem(status, code, titleOf(status), { internal: status === 500 });
  return problem(status, code, detail);
}

/**
 * Maps anything thrown while serving a request to the problem the client gets. The single
 * place where errors meet HTTP statuses (STYLE.md §7); unknown errors are 500 and opaque.
 */
export function mapError(error: unknown): MappedProblem {
  if (error instanceof WrongExpectedRevisionError) {
    const current = error.actual === 'no_stream' ? null : error.actual;
    return problem(409, error.code, 'The resource was changed since you read it; reload it and try again.', {
      extensions: { currentRevision: current, expectedRevision: error.expected },
    });
  }
  if (error instanceof TenantAccessDeniedError) return problem(404, 'NOT_FOUND', 'Not found.');
  if (error instanceof DomainError) {
    return problem(error.status, error.code, error.message, {
      errors: error.fields.map((path) => ({ path, message: error.message })),
    });
  }
  if (error instanceof HttpException) return fromHttpException(error);
  const client = clientStatusOf(error);
  if (client) return problem(client, CODES[client] ?? `HTTP.${client}`, titleOf(client));
  return problem(500, 'INTERNAL', 'An unexpected error occurred; it has been logged.', { internal: true });
}
