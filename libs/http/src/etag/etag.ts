import { HttpProblem } from '../problem/problem';

/** The ETag of a stream revision: strong, so `If-Match` compares it (RFC 9110 §13.1.1). */
export function etagOf(revision: number): string {
  return `"${revision}"`;
}

const ENTITY_TAG = /^\s*(?:W\/)?"(\d{1,15})"\s*$/;

/**
 * The revision a client saw, from its `If-Match` header: `"3"` (or the weak `W/"3"` some
 * proxies make of it). Absent or `*` gives undefined (no precondition); anything else is a 400.
 */
export function parseIfMatch(header: string | readonly string[] | undefined): number | undefined {
  if (header === undefined) return undefined;
  const value = Array.isArray(header) ? header.join(',') : (header as string);
  if (value.trim() === '*') return undefined;
  const match = ENTITY_TAG.exec(value);
  if (!match) {
    throw new HttpProblem(
      400,
      'REQUEST.MALFORMED_IF_MATCH',
      'If-Match must be one entity tag from an ETag, like "3".',
      [{ path: 'If-Match', message: 'must be one entity tag, like "3"' }],
    );
  }
  return Number(match[1]);
}
