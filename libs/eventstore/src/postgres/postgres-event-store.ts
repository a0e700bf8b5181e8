import { Pool } from 'pg';
import { RequestContext, createPool, requestContext, sessionSettings } from '@jejak/database';
import {
  AppendOptions,
  AppendResult,
  ChainVerification,
  EventStore,
  LOG_START,
  NewEvent,
  ReadAllOptions,
  ReadStreamOptions,
  RecordedEvent,
  SubscribeOptions,
  Subscription,
  tenantOfStream,
} from '../event-store.port';
import { toAppendError } from './append-errors';
import { verifyChain } from './chain-verifier';
import { PollingSubscription } from './polling-subscription';
import { APPEND_SQL, READ_ALL_SQL, READ_STREAM_SQL } from './queries';
import { EventRow, toRecordedEvent } from './rows';

const DEFAULT_READ_ALL_COUNT = 1000;

/**
 * The default event store: one `events` table, appended to by `jejak_append` in one round trip
 * per batch (see migrations/event-store.functions.ts), read under row-level security with the
 * current request context's tenant. Every statement binds that tenant itself (`scoped`), so a
 * pooled connection never carries one request's tenant into another's query.
 */
export class PostgresEventStore implements EventStore {
  constructor(
    private readonly pool: Pool,
    /** Whether close() ends the pool (true when the store created it). */
    private readonly ownsPool = false,
  ) {}

  async appendToStream(
    stream: string,
    events: readonly NewEvent[],
    options: AppendOptions = {},
  ): Promise<AppendResult> {
    tenantOfStream(stream);
    const expected = options.expectedRevision ?? 'any';
    const outbox = options.outbox?.length ? JSON.stringify(options.outbox) : null;
    try {
      const { rows } = await this.pool.query({
        name: 'jejak-append',
        text: APPEND_SQL,
        values: [...sessionSettings(), stream, String(expected), JSON.stringify(events), outbox],
      });
      const row = rows[0];
      return {
        nextExpectedRevision: row.revision,
        position: { commit: BigInt(row.log_commit), prepare: BigInt(row.log_prepare) },
        appended: row.appended,
      };
    } catch (error) {
      throw toAppendError(error, stream, expected, events);
    }
  }

  async readStream(stream: string, options: ReadStreamOptions = {}): Promise<RecordedEvent[]> {
    const { rows } = await this.pool.query<EventRow>({
      name: 'jejak-read-stream',
      text: READ_STREAM_SQL,
      values: [
        ...sessionSettings(),
        tenantOfStream(stream),
        stream,
        options.fromRevision ?? 0,
        options.recordedUpTo ?? null,
        options.occurredUpTo ?? null,
        options.maxCount ?? null,
      ],
    });
    return rows.map(toRecordedEvent);
  }

  /**
   * Gap-safe: ordered by (writing transaction, position) and held back below the oldest running
   * transaction, because positions commit out of order (see READ_ALL_SQL). As a tenant, RLS
   * filters the whole log down to the tenant's events; the platform's followers are the fast path.
   */
  readAll(options: ReadAllOptions = {}): Promise<RecordedEvent[]> {
    return this.readAllAs(requestContext.currentOrAnonymous(), options);
  }

  /** Follows the log as the context current now, whoever later iterates the subscription. */
  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    const context = requestContext.currentOrAnonymous();
    return new PollingSubscription(
      (after, maxCount) => this.readAllAs(context, { after, maxCount }),
      options,
    );
  }

  verify(tenantId: string): Promise<ChainVerification> {
    return verifyChain(this.pool, tenantId);
  }

  async close(): Promise<void> {
    if (this.ownsPool) await this.pool.end();
  }

  private async readAllAs(context: RequestContext, options: ReadAllOptions): Promise<RecordedEvent[]> {
    const after = options.after ?? LOG_START;
    const { rows } = await this.pool.query<EventRow>({
      name: 'jejak-read-all',
      text: READ_ALL_SQL,
      values: [
        ...sessionSettings(context),
        after.commit.toString(),
        after.prepare.toString(),
        options.maxCount ?? DEFAULT_READ_ALL_COUNT,
      ],
    });
    return rows.map(toRecordedEvent);
  }
}

export interface PostgresEventStoreConfig {
  /** The application role's connection (loadConfig().appDatabaseUrl); ignored when `pool` is given. */
  readonly url?: string;
  /** A pool the caller owns and ends; the store then leaves it open on close(). */
  readonly pool?: Pool;
  /** Connections of a pool the store creates. */
  readonly poolSize?: number;
}

/** The Nest-free way to get a store: from a pool of the caller's, or a pool of its own. */
export function createPostgresEventStore(config: PostgresEventStoreConfig): PostgresEventStore {
  if (config.pool) return new PostgresEventStore(config.pool, false);
  if (!config.url) throw new Error('createPostgresEventStore needs a url or a pool');
  return new PostgresEventStore(createPool(config.url, { max: config.poolSize ?? 10 }), true);
}
