import { RequestValidationError } from '@jejak/http';

/*
 * Keyset cursors: the sort key of a page's last row, opaque to the client (base64url JSON). The
 * instant is PostgreSQL's own, to the microsecond, so the next page starts exactly after it.
 */

/** Where an inbox page ended: waiting order, then workflow id. */
export interface InboxPosition {
  readonly waitingSince: string;
  readonly workflowId: string;
}

/** Where a history page ended: newest first by time, workflow id, stream position. */
export interface HistoryPosition {
  readonly at: string;
  readonly workflowId: string;
  readonly seq: number;
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

const encode = (parts: unknown[]): string => Buffer.from(JSON.stringify(parts)).toString('base64url');

function decode(cursor: string, parameter: string): unknown[] {
  try {
    const parts: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(parts) && typeof parts[0] === 'string' && INSTANT.test(parts[0])) return parts;
  } catch {
    // falls through to the 400 below
  }
  throw badCursor(parameter);
}

const badCursor = (parameter: string): RequestValidationError =>
  new RequestValidationError([{ path: parameter, message: 'must be the `next` cursor of an earlier page' }]);

export const inboxCursor = (position: InboxPosition): string =>
  encode([position.waitingSince, position.workflowId]);

/** The position a cursor names; a cursor that is not one of ours → 400 naming `parameter`. */
export function inboxPositionOf(cursor: string, parameter = 'cursor'): InboxPosition {
  const [waitingSince, workflowId, ...rest] = decode(cursor, parameter);
  if (typeof workflowId !== 'string' || rest.length > 0) throw badCursor(parameter);
  return { waitingSince: waitingSince as string, workflowId };
}

export const historyCursor = (position: HistoryPosition): string =>
  encode([position.at, position.workflowId, position.seq]);

export function historyPositionOf(cursor: string, parameter = 'cursor'): HistoryPosition {
  const [at, workflowId, seq, ...rest] = decode(cursor, parameter);
  if (typeof workflowId !== 'string' || !Number.isInteger(seq) || rest.length > 0) throw badCursor(parameter);
  return { at: at as string, workflowId, seq: seq as number };
}
