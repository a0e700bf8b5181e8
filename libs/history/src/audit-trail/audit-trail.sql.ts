import { EventMetadata } from '@jejak/eventstore';

/** What the trail can be narrowed by; every filter is optional and they combine with AND. */
export interface AuditTrailFilters {
  readonly agency?: string;
  readonly year?: number;
  /** A full stream id (`{tenant}/agreement-bkpsdm-2024`). */
  readonly stream?: string;
  readonly types?: readonly string[];
  /** The acting account. */
  readonly account?: string;
  /** Recorded at or after / at or before (inclusive). */
  readonly recordedFrom?: Date;
  readonly recordedTo?: Date;
  /** Keyset cursor: events strictly after this global position. */
  readonly after?: bigint;
  readonly limit: number;
}

export interface AuditRow {
  readonly position: string;
  readonly event_id: string;
  readonly type: string;
  readonly stream_id: string;
  readonly stream_position: number;
  readonly schema_version: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
  readonly occurred_at: Date | null;
  readonly recorded_at: Date;
  readonly hash: string;
  readonly agency: string | null;
  readonly year_from: number | null;
  readonly year_to: number | null;
}

/** A 1–4 digit year as int, else null (never a cast error on someone's odd data). */
const year = (expression: string) =>
  `CASE WHEN (${expression}) ~ '^[0-9]{1,4}$' THEN (${expression})::int END`;

/**
 * What a stream is about, from its first event `f`: the agency it names (`agency`/`agencyId`)
 * or, for a realization ledger or an evaluation, its name (`{tenant}/realization-{agency}-{year}`,
 * `…/evaluation-{agency}-{year evaluated}`); the fiscal years — the first event's `fiscalYear`,
 * a submission's proposed change's, a Renstra's `period`, a ledger's or an evaluation's name. The conventions stream is about every year from its first
 * statement on; each of its events is then kept for the year it states.
 */
const subjectOf = (where: string) => `
  SELECT f.stream_id,
         coalesce(f.data->>'agency', f.data->>'agencyId',
                  substring(f.stream_id from '/(?:realization|evaluation)-(.+)-[0-9]{4}$')) AS agency,
         ${year(`CASE WHEN f.type = 'RenstraAdopted' THEN f.data#>>'{period,from}' ELSE y.single END`)} AS year_from,
         CASE WHEN f.type = 'ConventionsChanged' THEN 9999
              ELSE ${year(`CASE WHEN f.type = 'RenstraAdopted' THEN f.data#>>'{period,to}' ELSE y.single END`)}
         END AS year_to
    FROM events f
    CROSS JOIN LATERAL (
      SELECT coalesce(f.data->>'fiscalYear', f.data#>>'{change,data,fiscalYear}', f.data->>'fromFiscalYear',
                      substring(f.stream_id from '/(?:realization|evaluation)-.+-([0-9]{4})$')) AS single) y
   WHERE ${where} AND f.stream_position = 0`;

/**
 * $1 tenant, $2 agency, $3 year: the streams about them. One row per stream, read on the
 * partial index `events_stream_heads` (migration 1760000001100), so that a rare agency or year
 * is found without reading every event of the tenant.
 */
export const STREAMS_ABOUT_SQL = `
  SELECT s.stream_id FROM (${subjectOf('f.tenant_id = $1')}) s
   WHERE ($2::text IS NULL OR s.agency = $2::text)
     AND ($3::int IS NULL OR (s.year_from <= $3::int AND s.year_to >= $3::int))`;

/**
 * The tenant's events in log order, each with the agency and fiscal years it is about.
 *
 * Why SQL and not the port: the EventStore port reads one stream or the whole log from a
 * position, with no filter; walking the log in the application to keep a few events would read
 * the tenant's entire history per page. Here the events table is read as the application role,
 * so row-level security still confines it to the request's tenant, and the keyset on
 * `global_position` (the tenant's chain order: its appends are serialised) walks the primary
 * key `(tenant_id, global_position)` and stops at the page's end — or, with `$8` the streams
 * an agency or year filter chose, reads those streams' events by the stream index.
 */
export const AUDIT_TRAIL_SQL = `
  SELECT e.global_position::text AS position, e.event_id, e.type, e.stream_id, e.stream_position,
         e.schema_version, e.data, e.metadata, e.occurred_at, e.recorded_at,
         encode(e.hash, 'hex') AS hash, s.agency,
         CASE WHEN e.type = 'ConventionsChanged' THEN ${year(`e.data->>'fromFiscalYear'`)} ELSE s.year_from END AS year_from,
         CASE WHEN e.type = 'ConventionsChanged' THEN ${year(`e.data->>'fromFiscalYear'`)} ELSE s.year_to END AS year_to
    FROM events e
    LEFT JOIN LATERAL (${subjectOf('f.tenant_id = e.tenant_id AND f.stream_id = e.stream_id')}) s ON true
   WHERE e.tenant_id = $1
     AND e.global_position > $2::bigint
     AND ($3::text IS NULL OR e.stream_id = $3::text)
     AND ($4::text[] IS NULL OR e.type = ANY($4::text[]))
     AND ($5::text IS NULL OR e.metadata #>> '{actor,account}' = $5::text)
     AND ($6::timestamptz IS NULL OR e.recorded_at >= $6::timestamptz)
     AND ($7::timestamptz IS NULL OR e.recorded_at <= $7::timestamptz)
     AND ($8::text[] IS NULL OR e.stream_id = ANY($8::text[]))
     AND ($9::int IS NULL OR e.type <> 'ConventionsChanged' OR e.data->>'fromFiscalYear' = $9::text)
   ORDER BY e.global_position
   LIMIT $10::int`;

export const streamsAboutParams = (tenant: string, f: AuditTrailFilters): unknown[] => [
  tenant,
  f.agency ?? null,
  f.year ?? null,
];

/** Whether the trail is narrowed by what its streams are about (a first query chooses them). */
export const narrowsStreams = (f: AuditTrailFilters): boolean =>
  f.agency !== undefined || f.year !== undefined;

export const auditTrailParams = (
  tenant: string,
  f: AuditTrailFilters,
  streams: readonly string[] | null,
): unknown[] => [
  tenant,
  (f.after ?? 0n).toString(),
  f.stream ?? null,
  f.types?.length ? f.types : null,
  f.account ?? null,
  f.recordedFrom ?? null,
  f.recordedTo ?? null,
  streams,
  f.year ?? null,
  // One more than the page: whether a next page exists, without counting.
  f.limit + 1,
];
