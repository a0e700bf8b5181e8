import { CsvCell, toCsv } from '../domain/csv';
import { AuditEntry } from './audit-entry';

const COLUMNS: readonly (readonly [string, (entry: AuditEntry) => CsvCell])[] = [
  ['position', (e) => e.position],
  ['recordedAt', (e) => e.recordedAt],
  ['occurredAt', (e) => e.occurredAt],
  ['type', (e) => e.type],
  ['stream', (e) => e.stream],
  ['streamPosition', (e) => e.streamPosition],
  ['agency', (e) => e.agency],
  ['fiscalYear', (e) => e.fiscalYear ?? e.period],
  ['account', (e) => e.actor?.account],
  ['name', (e) => e.actor?.name],
  ['post', (e) => e.post],
  ['acting', (e) => e.acting],
  ['source', (e) => e.source],
  ['reason', (e) => e.reason],
  ['legalBasis', (e) => e.legalBasis],
  ['summary', (e) => e.summary],
  ['eventId', (e) => e.eventId],
  ['hash', (e) => e.hash],
];

/** The trail as CSV: one line per event, the columns of an entry without its raw data. */
export const auditTrailCsv = (entries: readonly AuditEntry[]): string => toCsv(COLUMNS, entries);

/** `?format=csv`, or `Accept: text/csv` when no format is named. */
export function wantsCsv(format: 'json' | 'csv' | undefined, accept: string | undefined): boolean {
  if (format !== undefined) return format === 'csv';
  return /(^|,)\s*text\/csv\b/i.test(accept ?? '');
}
