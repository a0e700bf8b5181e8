import { asPlatform, inTenantEntityTransaction } from '@jejak/database';
import { EventStore, LogPosition, RecordedEvent, compareLogPositions } from '@jejak/eventstore';
import { DataSource, EntityManager } from 'typeorm';
import { lockCheckpoint, readCheckpoint, saveCheckpoint } from './checkpoint';
import { waitForOlderTransactions } from './log-horizon';
import { Projection, handles, tableNameOf } from './projection';

/** Structured logging, pino-shaped (`logger.info({ projector }, 'message')`). */
export interface ProjectionLogger {
  info(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/** A batch in flight, as the fault-injection hooks see it. */
export interface BatchInfo {
  readonly projector: string;
  readonly from: LogPosition;
  readonly events: readonly RecordedEvent[];
}

export interface ProjectionRunnerOptions {
  /** Events read and applied per transaction (default 100). */
  readonly batchSize?: number;
  /** Wait between polls once caught up (default 500 ms). */
  readonly idleMs?: number;
  /** How long `catchUp` waits for transactions older than its call to end (default 10 s). */
  readonly horizonTimeoutMs?: number;
  /** Longest wait before retrying a failed batch (default 30 s; the wait doubles up to it). */
  readonly maxBackoffMs?: number;
  readonly logger?: ProjectionLogger;
  /**
   * Fault injection, for tests: both run inside the batch's transaction, and throwing from either
   * rolls back the batch's rows and checkpoint together.
   */
  readonly hooks?: {
    beforeEvent?(batch: BatchInfo, index: number): void | Promise<void>;
    beforeCommit?(batch: BatchInfo): void | Promise<void>;
  };
}

const silent: ProjectionLogger = { info: () => undefined, error: () => undefined };

/**
 * Runs projectors: each follows the log from its own checkpoint and, per batch, writes its rows
 * and its checkpoint in one transaction (as the platform, so row-level security lets it write every
 * tenant's rows). A crash mid-batch rolls both back: no event is applied twice or skipped.
 */
export class ProjectionRunner {
  private readonly byName: ReadonlyMap<string, Projection>;
  private readonly options: Required<Omit<ProjectionRunnerOptions, 'hooks'>> &
    Pick<ProjectionRunnerOptions, 'hooks'>;
  private loops: Promise<void>[] = [];
  private running = false;
  private readonly sleepers = new Set<() => void>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    projections: readonly Projection[],
    options: ProjectionRunnerOptions = {},
  ) {
    this.byName = new Map(projections.map((projection) => [projection.name, projection]));
    if (this.byName.size !== projections.length) throw new Error('Two projections share a name');
    this.options = {
      batchSize: 100,
      idleMs: 500,
      horizonTimeoutMs: 10_000,
      maxBackoffMs: 30_000,
      logger: silent,
      ...options,
    };
  }

  get names(): string[] {
    return [...this.byName.keys()];
  }

  /** Starts following the log in the background, one loop per projector. */
  start(): void {
    if (this.running) return;
    this.running = true;
    this.loops = [...this.byName.values()].map((projection) => this.follow(projection));
    this.options.logger.info({ projectors: this.names }, 'projection runner started');
  }

  /** Stops the loops after their current batch (a batch in flight commits or rolls back whole). */
  async stop(): Promise<void> {
    if (!this.running) return;
    this.running = false;
    this.sleepers.forEach((wake) => wake());
    await Promise.all(this.loops);
    this.loops = [];
    this.options.logger.info({ projectors: this.names }, 'projection runner stopped');
  }

  /** Returns once every projector (or the one named) has applied every event committed before the call. */
  async catchUp(name?: string): Promise<void> {
    const projections = name ? [this.projection(name)] : [...this.byName.values()];
    if (!(await waitForOlderTransactions(this.dataSource, this.options.horizonTimeoutMs))) {
      this.options.logger.info(
        { projectors: projections.map((p) => p.name) },
        'catch-up: an older transaction is still running',
      );
    }
    await Promise.all(
      projections.map(async (projection) => {
        while ((await this.runBatch(projection)) > 0);
      }),
    );
  }

  /** Empties the projector's tables and resets its checkpoint in one transaction, then catches up. */
  async rebuild(name: string): Promise<void> {
    const projection = this.projection(name);
    await asPlatform(() =>
      inTenantEntityTransaction(this.dataSource, async (manager) => {
        await lockCheckpoint(manager, name);
        for (const table of projection.tables)
          await manager.query(`DELETE FROM ${tableNameOf(manager, table)}`);
        await saveCheckpoint(manager, name, { commit: 0n, prepare: 0n });
      }),
    );
    this.options.logger.info({ projector: name }, 'projection reset; rebuilding from the log start');
    await this.catchUp(name);
  }

  private projection(name: string): Projection {
    const projection = this.byName.get(name);
    if (!projection) throw new UnknownProjectionError(name, this.names);
    return projection;
  }

  private async follow(projection: Projection): Promise<void> {
    let backoff = this.options.idleMs;
    while (this.running) {
      try {
        const applied = await this.runBatch(projection);
        backoff = this.options.idleMs;
        if (applied === 0) await this.idle(this.options.idleMs);
      } catch (error) {
        this.options.logger.error(
          { projector: projection.name, err: error },
          'projection batch failed; retrying',
        );
        await this.idle(backoff);
        backoff = Math.min(backoff * 2, this.options.maxBackoffMs);
      }
    }
  }

  /** Waits `ms`, or less if `stop()` is called meanwhile. */
  private idle(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        this.sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.sleepers.add(wake);
    });
  }

  /**
   * One batch; returns how many events it consumed (0: caught up). The events are read before the
   * transaction opens, so an idle poll takes no transaction id and no lock; the checkpoint is then
   * locked and re-checked, and a batch another runner already applied is dropped and re-read.
   */
  private async runBatch(projection: Projection): Promise<number> {
    return asPlatform(async () => {
      const from = await readCheckpoint(this.dataSource.manager, projection.name);
      const events = await this.store.readAll({ after: from, maxCount: this.options.batchSize });
      if (events.length === 0) return 0;
      return inTenantEntityTransaction(this.dataSource, async (manager) => {
        const locked = await lockCheckpoint(manager, projection.name);
        if (compareLogPositions(locked, from) !== 0) return events.length;
        await this.apply(manager, projection, { projector: projection.name, from, events });
        return events.length;
      });
    });
  }

  private async apply(manager: EntityManager, projection: Projection, batch: BatchInfo): Promise<void> {
    const { hooks } = this.options;
    for (const [index, event] of batch.events.entries()) {
      await hooks?.beforeEvent?.(batch, index);
      if (handles(projection, event)) await projection.handle(manager, event);
    }
    await saveCheckpoint(manager, projection.name, batch.events[batch.events.length - 1].position);
    await hooks?.beforeCommit?.(batch);
  }
}

export class UnknownProjectionError extends Error {
  readonly code = 'PROJECTIONS.UNKNOWN_PROJECTION';
  constructor(
    readonly projector: string,
    readonly known: readonly string[],
  ) {
    super(`Unknown projection "${projector}"; known: ${known.join(', ') || '(none)'}`);
  }
}
