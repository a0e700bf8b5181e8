import { HttpException } from '@nestjs/common';

/** One offending input: a JSON path into the request (`budget[0].amount`) or a parameter name. */
export interface FieldError {
  readonly path: string;
  readonly message: string;
}

/**
 * An RFC 9457 problem document, as every error response of the API carries it
 * (`application/problem+json`), with Jejak's stable `code` and the offending field paths.
 */
export interface ProblemDocument {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly instance: string;
  readonly code: string;
  readonly errors: readonly FieldError[];
  readonly correlationId?: string;
  readonly [extension: string]: unknown;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** The problem `type` URI of a code: stable, and a URN so it promises no web page. */
export function problemType(code: string): string {
  return `urn:jejak:problem:${code.toLowerCase()}`;
}

/**
 * An HTTP refusal with a stable code, for the HTTP layer's own refusals (authentication,
 * idempotency, request shape). Rules of the domain throw a `DomainError` instead.
 */
export class HttpProblem extends HttpException {
  constructor(
    status: number,
    readonly code: string,
    detail: string,
    readonly errors: readonly FieldError[] = [],
    /** Extension members of the problem document (e.g. the current revision of a 409). */
    readonly extensions: Readonly<Record<string, unknown>> = {},
  ) {
    super(detail, status);
  }
}

/** Input that is malformed: 400 naming every offending field. */
export class RequestValidationError extends HttpProblem {
  constructor(errors: readonly FieldError[], detail = describe(errors)) {
    super(400, 'REQUEST.VALIDATION_FAILED', detail, errors);
  }
}

function describe(errors: readonly FieldError[]): string {
  if (errors.length === 0) return 'The request is not valid.';
  return `The request is not valid: ${errors.map((e) => `${e.path} ${e.message}`).join('; ')}.`;
}
