import { Logger } from '@nestjs/common';
import type IORedis from 'ioredis';
import type { Pool } from 'pg';
import { asPlatform, inTenantTransaction } from '@jejak/database';
import { OutboxListener } from './outbox-listener';
import { outboxMessageProblem } from './outbox-message';
import { CLAIM_OUTBOX_SQL, MARK_DISPATCHED_SQL, OutboxRow } from './outbox.sql';
import { QueueProducers } from './queue-producers';
import { createProducerConnection, whenReady } from './redis-connections';

export interface OutboxRelayOptions {
  /** The application's pool (the role bound by row-level security); the relay acts as the platform. */
  readonly pool: Pool;
  readonly redisUrl: string;
  /** BullMQ key prefix: `config.queuePrefix`. */
  readonly prefix: string;
  /** Relay only these queues' rows; every queue when absent. */
  readonly queues?: readonly string[];
  readonly batchSize?: number;
  /** How often to look for rows when no notification arrives. */
  readonly pollIntervalMs?: number;
  /** Ceiling of the backoff while Redis or PostgreSQL is unreachable. */
  readonly maxBackoffMs?: number;
  /** An add that takes longer counts as Redis being unreachable. */
  readonly addTimeoutMs?: number;
  readonly redisReconnectMaxMs?: number;
  /** Wake on the writer's NOTIFY as well as on the timer (default true). */
  readonly listen?: boolean;
  readonly logger?: Pick<Logger, 'log' | 'warn' | 'error'>;
}

/**
 * Moves committed outbox rows to BullMQ (ARCHITECTURE.md, "Work outside the request"). Each batch
 * is claimed with `FOR UPDATE SKIP LOCKED`, added to its queue under the row's job id, and marked
 * dispatched in the same transaction: if an add fails the batch rolls back and stays for the next
 * attempt, and a row added twice (a crash between add and commit) is one job in BullMQ.
 */
export class OutboxRelay {
  private readonly redis: IORedis;
  private readonly producers: QueueProducers;
  private readonly listener: OutboxListener | undefined;
  private readonly logger: Pick<Logger, 'log' | 'warn' | 'error'>;
  private readonly unsendable = new Set<string>();
  private readonly batchSize: number;
  private readonly pollIntervalMs: number;
  private readonly maxBackoffMs: number;
  private running: Promise<void> | undefined;
  private stopping = false;
  private stopped: Promise<void> | undefined;
  private woken = false;
  private endSleep: ((interruptBackoff: boolean) => void) | undefined;

  constructor(private readonly options: OutboxRelayOptions) {
    this.batchSize = options.batchSize ?? 100;
    this.pollIntervalMs = options.pollIntervalMs ?? 250;
    this.maxBackoffMs = options.maxBackoffMs ?? 10_000;
    this.logger = options.logger ?? new Logger('OutboxRelay');
    this.redis = createProducerConnection(options.redisUrl, options.redisReconnectMaxMs);
    this.producers = new QueueProducers(this.redis, options.prefix, options.addTimeoutMs ?? 5_000);
    this.listener =
      options.listen === false ? undefined : new OutboxListener(options.pool, () => this.wake());
  }

  /** Starts the loop; resolves once it listens for notifications (best effort: the timer runs anyway). */
  async start(): Promise<void> {
    if (this.running || this.stopping) return;
    const listening = this.listener?.start() ?? Promise.resolve();
    this.running = listening.then(() => this.loop());
    await listening;
  }

  /** Finishes the batch in flight, then closes the relay's Redis connection; the pool is the caller's. */
  stop(): Promise<void> {
    this.stopped ??= this.shutDown();
    return this.stopped;
  }

  /** Looks for rows now instead of at the next tick (never cuts an outage's backoff short). */
  wake(): void {
    this.woken = true;
    this.endSleep?.(false);
  }

  /**
   * Relays until no row is left and returns how many it dispatched (tests, a one-off drain);
   * throws, with the failed batch left undispatched, if Redis or PostgreSQL fails.
   */
  async relayAll(): Promise<number> {
    let total = 0;
    for (let batch = await this.claimAndRelay(); batch.claimed > 0; batch = await this.claimAndRelay()) {
      total += batch.sent;
    }
    return total;
  }

  /** One transaction: claim a batch, add each row's job, mark the added rows dispatched. */
  private async claimAndRelay(): Promise<{ claimed: number; sent: number }> {
    await whenReady(this.redis, this.options.addTimeoutMs ?? 5_000);
    return asPlatform(() =>
      inTenantTransaction(this.options.pool, async (client) => {
        const queues = this.options.queues ? [...this.options.queues] : null;
        const { rows } = await client.query<OutboxRow>(CLAIM_OUTBOX_SQL, [
          this.batchSize,
          queues,
          [...this.unsendable],
        ]);
        const sent: string[] = [];
        for (const row of rows) {
          if (this.setAsideIfUnsendable(row)) continue;
          await this.producers.add(row);
          sent.push(row.id);
        }
        if (sent.length > 0) await client.query(MARK_DISPATCHED_SQL, [sent]);
        return { claimed: rows.length, sent: sent.length };
      }),
    );
  }

  private async shutDown(): Promise<void> {
    this.stopping = true;
    this.endSleep?.(true);
    await this.running;
    await this.listener?.stop();
    await this.producers.close();
  }

  private async loop(): Promise<void> {
    let failures = 0;
    while (!this.stopping) {
      let pause = this.pollIntervalMs;
      try {
        if ((await this.claimAndRelay()).claimed > 0) pause = 0;
        if (failures > 0) this.logger.log(`Outbox relay resumed after ${failures} failed attempt(s)`);
        failures = 0;
      } catch (error) {
        failures += 1;
        if (failures === 1) this.logger.warn(`Outbox relay paused, rows kept for later: ${describe(error)}`);
        await this.producers.reset();
        pause = Math.min(this.pollIntervalMs * 2 ** failures, this.maxBackoffMs);
      }
      await this.sleep(pause, failures === 0);
    }
  }

  private sleep(ms: number, wakeable: boolean): Promise<void> {
    if (ms === 0 || this.stopping || (wakeable && this.woken)) {
      this.woken = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.endSleep = undefined;
        this.woken = false;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.endSleep = (interruptBackoff) => (wakeable || interruptBackoff) && done();
    });
  }

  /** A row BullMQ would refuse is logged once and left undispatched, so it cannot block the rest. */
  private setAsideIfUnsendable(row: OutboxRow): boolean {
    const problem = outboxMessageProblem({
      queue: row.queue,
      name: row.job_name,
      jobId: row.job_id,
      payload: null,
      delayMs: row.delay_ms,
    });
    if (!problem) return false;
    this.unsendable.add(row.id);
    this.logger.error(`Outbox row ${row.id} (job ${row.job_id}) is left undispatched: ${problem}`);
    return true;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
