import {
  AppendStreamState,
  excludeSystemEvents,
  Filter,
  JSONType,
  jsonEvent,
  NO_STREAM,
  streamNameFilter,
  type JSONEventData,
  type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import {
  EventMetadata,
  ExpectedRevision,
  LOG_START,
  LogPosition,
  NewEvent,
  ReadStreamOptions,
  RecordedEvent,
  tenantOfStream,
  WrongExpectedRevisionError,
} from '../event-store.port';
import { ChainLink } from './hash-chain';

/** Metadata key of the hash-chain link; namespaced so it never meets an {@link EventMetadata} field. */
export const CHAIN_KEY = 'jejakChain';

/** What the context may see: every tenant (platform), one tenant, or nothing (anonymous). */
export type Visibility =
  | { readonly kind: 'all' }
  | { readonly kind: 'tenant'; readonly tenantId: string }
  | { readonly kind: 'none' };

export function visibilityOf(context: {
  readonly tenantId?: string;
  readonly platform: boolean;
}): Visibility {
  if (context.platform) return { kind: 'all' };
  return context.tenantId ? { kind: 'tenant', tenantId: context.tenantId } : { kind: 'none' };
}

export function canSeeTenant(visibility: Visibility, tenantId: string): boolean {
  return visibility.kind === 'all' || (visibility.kind === 'tenant' && visibility.tenantId === tenantId);
}

/** Throws {@link InvalidStreamNameError} for a name without a tenant, as the port requires. */
export function canSeeStream(visibility: Visibility, stream: string): boolean {
  return canSeeTenant(visibility, tenantOfStream(stream));
}

/** KurrentDB's own records: `$`-prefixed streams (`$settings`, `$$…` metadata) and event types. */
export function isSystemRecord(streamId: string, type: string): boolean {
  return streamId.startsWith('$') || type.startsWith('$');
}

export function tenantPrefix(tenantId: string): string {
  return `${tenantId}/`;
}

/** The server-side `$all` filter: the tenant's prefix, or (platform) everything but system events. */
export function allFilter(visibility: Exclude<Visibility, { kind: 'none' }>): Filter {
  return visibility.kind === 'tenant'
    ? streamNameFilter({ prefixes: [tenantPrefix(visibility.tenantId)] })
    : excludeSystemEvents();
}

/** `undefined` for the start of the log, where KurrentDB wants the `START` marker instead. */
export function cursorOf(after: LogPosition | undefined): LogPosition | undefined {
  return after && (after.commit !== LOG_START.commit || after.prepare !== LOG_START.prepare)
    ? after
    : undefined;
}

/** The caller's expectation, checked against the revision just read (-1: no stream). */
export function checkExpectedRevision(stream: string, expected: ExpectedRevision, actual: number): void {
  const met =
    expected === 'any' ||
    (expected === 'no_stream' && actual < 0) ||
    (expected === 'stream_exists' && actual >= 0) ||
    expected === actual;
  if (!met) throw new WrongExpectedRevisionError(stream, expected, actual < 0 ? 'no_stream' : actual);
}

/** Always the exact revision read: the chain's predecessor must still be the stream's last event. */
export function streamStateFor(actual: number): AppendStreamState {
  return actual < 0 ? NO_STREAM : BigInt(actual);
}

/** 'none', 'all', or the ids of a batch that is only partly stored already (a mistake, not a retry). */
export function storedIdsOf(
  batch: readonly NewEvent[],
  stored: readonly RecordedEvent[],
): 'none' | 'all' | string[] {
  const storedIds = new Set(stored.map((event) => event.id));
  const found = batch.filter((event) => storedIds.has(event.id)).map((event) => event.id);
  if (found.length === 0) return 'none';
  return found.length === batch.length ? 'all' : found;
}

export function toEventData(event: NewEvent, link: ChainLink): JSONEventData {
  return jsonEvent({
    id: event.id,
    type: event.type,
    data: event.data as JSONType,
    metadata: { ...event.metadata, [CHAIN_KEY]: link },
  }) as JSONEventData;
}

/** A stored event as the port shows it, or null for what is not ours (system, binary, unprefixed). */
export function toRecordedEvent(resolved: ResolvedEvent): RecordedEvent | null {
  const event = resolved.event;
  if (!event || !event.isJson || isSystemRecord(event.streamId, event.type)) return null;
  const slash = event.streamId.indexOf('/');
  if (slash <= 0) return null;
  const stored = isObject(event.metadata) ? event.metadata : {};
  const { [CHAIN_KEY]: link, ...metadata } = stored as Record<string, unknown> & {
    [CHAIN_KEY]?: Partial<ChainLink>;
  };
  const occurredAt = typeof metadata.occurredAt === 'string' ? new Date(metadata.occurredAt) : null;
  // Servers since 22.6 return the position of a stream read too; before, only the commit position.
  const commit = resolved.commitPosition ?? -1n;
  return {
    id: event.id,
    type: event.type,
    data: event.data,
    metadata: metadata as unknown as EventMetadata,
    tenantId: event.streamId.slice(0, slash),
    streamId: event.streamId,
    streamPosition: Number(event.revision),
    position: event.position ?? { commit, prepare: commit },
    schemaVersion: Number(metadata.schemaVersion ?? 1),
    occurredAt,
    recordedAt: event.created,
    hash: typeof link?.hash === 'string' ? link.hash : '',
  };
}

/** The as-of filters of a stream read; an undated event takes effect when it was recorded. */
export function isWithinAsOf(event: RecordedEvent, options: ReadStreamOptions): boolean {
  if (options.recordedUpTo && event.recordedAt.getTime() > options.recordedUpTo.getTime()) return false;
  const effective = event.occurredAt ?? event.recordedAt;
  return !options.occurredUpTo || effective.getTime() <= options.occurredUpTo.getTime();
}

function isObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array)
  );
}
