import { EventMetadata, EventSource } from '@jejak/eventstore';
import { summarize } from '../domain/event-summary';
import { AuditRow } from './audit-trail.sql';

/** One line of the audit trail: an event, who did it in which post, why, when, and what it says. */
export interface AuditEntry {
  /** Global log position: the keyset cursor (`after`). */
  readonly position: string;
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly stream: string;
  readonly streamPosition: number;
  /** The agency and fiscal year(s) the stream is about; null for tenant-wide streams. */
  readonly agency: string | null;
  readonly fiscalYear: number | null;
  /** A Renstra's period (`2021-2026`) instead of one fiscal year. */
  readonly period: string | null;
  /** The person: the account and their name as recorded; null for the platform's own work. */
  readonly actor: { readonly account: string; readonly name: string | null } | null;
  /** The post acted in. */
  readonly post: string | null;
  /** The post held by acting appointment (Plt./Plh.) when it was one. */
  readonly acting: string | null;
  readonly reason: string | null;
  readonly legalBasis: string | null;
  readonly occurredAt: string | null;
  readonly recordedAt: string;
  readonly source: EventSource | null;
  readonly correlationId: string | null;
  readonly causationId: string | null;
  /** In Bahasa Indonesia. */
  readonly summary: string;
  /** This event's link in the tenant's hash chain. */
  readonly hash: string;
  readonly data: unknown;
}

type Data = Readonly<Record<string, unknown>>;

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const dataOf = (value: unknown): Data =>
  value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Data) : {};

/**
 * The actor of the metadata; a workflow's events also name theirs in the data (`by`,
 * `submittedBy`), which stands in when the metadata has none.
 */
function actorOf(metadata: EventMetadata, data: Data): Pick<AuditEntry, 'actor' | 'post' | 'acting'> {
  const recorded = metadata.actor;
  if (recorded?.account) {
    const name = str(recorded.name);
    return {
      actor: { account: recorded.account, name },
      post: str(recorded.post),
      acting: str(recorded.acting),
    };
  }
  const named = dataOf(data.by ?? data.submittedBy);
  const account = str(named.account);
  if (!account) return { actor: null, post: null, acting: null };
  const post = str(named.post);
  return { actor: { account, name: str(named.name) }, post, acting: named.acting === true ? post : null };
}

/** The reason or legal basis: the command's metadata, else the event's own fields (a PK amendment, a budget's basis, a workflow note). */
function groundsOf(metadata: EventMetadata, data: Data): Pick<AuditEntry, 'reason' | 'legalBasis'> {
  return {
    reason: str(metadata.reason) ?? str(data.reason) ?? str(data.note),
    legalBasis: str(metadata.legalBasis) ?? str(data.legalBasis) ?? str(data.basis),
  };
}

function yearsOf(row: AuditRow): Pick<AuditEntry, 'fiscalYear' | 'period'> {
  if (row.year_from === null || row.year_to === null) return { fiscalYear: null, period: null };
  if (row.year_from === row.year_to) return { fiscalYear: row.year_from, period: null };
  return { fiscalYear: null, period: `${row.year_from}-${row.year_to}` };
}

export function auditEntry(row: AuditRow): AuditEntry {
  const metadata = row.metadata ?? ({} as EventMetadata);
  const data = dataOf(row.data);
  const years = yearsOf(row);
  return {
    position: row.position,
    eventId: row.event_id,
    type: row.type,
    schemaVersion: row.schema_version,
    stream: row.stream_id,
    streamPosition: row.stream_position,
    agency: row.agency,
    ...years,
    ...actorOf(metadata, data),
    ...groundsOf(metadata, data),
    occurredAt: row.occurred_at?.toISOString() ?? null,
    recordedAt: row.recorded_at.toISOString(),
    source: metadata.source ?? null,
    correlationId: str(metadata.correlationId),
    causationId: str(metadata.causationId),
    summary: summarize({ type: row.type, data: row.data, fiscalYear: years.fiscalYear ?? row.year_from }),
    hash: row.hash,
    data: row.data,
  };
}
