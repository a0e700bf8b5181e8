import {
  EventIdConflictError,
  ExpectedRevision,
  NewEvent,
  TenantAccessDeniedError,
  WrongExpectedRevisionError,
} from '../event-store.port';
import { APPEND_ERRORS } from './migrations/event-store.functions';

interface PgError {
  readonly code?: string;
  readonly detail?: string;
  readonly constraint?: string;
  readonly message?: string;
}

const INSUFFICIENT_PRIVILEGE = '42501';
const UNIQUE_VIOLATION = '23505';

/** The port's error for what `jejak_append` refused, or the error itself when it is not one of them. */
export function toAppendError(
  error: unknown,
  stream: string,
  expected: ExpectedRevision,
  events: readonly NewEvent[],
): unknown {
  const pg = error as PgError;
  switch (pg?.code) {
    case APPEND_ERRORS.wrongExpectedRevision: {
      const actual = Number(pg.detail);
      return new WrongExpectedRevisionError(stream, expected, actual < 0 ? 'no_stream' : actual);
    }
    case APPEND_ERRORS.eventIdConflict:
      return new EventIdConflictError(stream, (pg.detail ?? '').split(','));
    case UNIQUE_VIOLATION:
      // An id twice in the batch, or already stored by another tenant (invisible to this one).
      if (pg.constraint === 'events_event_id_key') {
        return new EventIdConflictError(
          stream,
          events.map((event) => event.id),
        );
      }
      return error;
    case INSUFFICIENT_PRIVILEGE:
      // Row-level security refused the tenant's head or its events: the stream is another tenant's.
      return /row-level security/.test(pg.message ?? '') ? new TenantAccessDeniedError(stream) : error;
    default:
      return error;
  }
}
