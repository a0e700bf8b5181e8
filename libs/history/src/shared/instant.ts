import { Transform } from 'class-transformer';
import { IsISO8601, Matches } from 'class-validator';

/** A calendar date, or an instant with its time zone (`Z` or `+07:00`): never a local time. */
export const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;
const INSTANT_MESSAGE = 'must be a date (YYYY-MM-DD) or an ISO 8601 instant with its time zone';
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A query parameter holding a date or an instant. An unencoded `+07:00` arrives as ` 07:00`
 * (a `+` in a query string is a space): taken back, rather than refused.
 */
export function IsInstant(): PropertyDecorator {
  return (target, key) => {
    Transform(({ value }) => (typeof value === 'string' ? value.replace(/ (\d{2}:\d{2})$/, '+$1') : value))(
      target,
      key,
    );
    Matches(INSTANT_PATTERN, { message: INSTANT_MESSAGE })(target, key);
    IsISO8601({ strict: true }, { message: INSTANT_MESSAGE })(target, key);
  };
}

/**
 * The instant a parameter names. A bare date means the whole day in UTC: its first
 * millisecond as a lower bound, its last as an upper bound ("as of 23 September 2024"
 * includes what took effect that day; dated facts are stored at midnight UTC).
 */
export function instantOf(text: string, edge: 'start' | 'end'): Date {
  if (!DATE_ONLY.test(text)) return new Date(text);
  return new Date(`${text}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}Z`);
}
