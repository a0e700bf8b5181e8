import { LOG_START, LogPosition, RecordedEvent, SubscribeOptions, Subscription } from '../event-store.port';

export type ReadBatch = (after: LogPosition, maxCount: number) => Promise<RecordedEvent[]>;

const DEFAULT_BATCH_SIZE = 1000;
const DEFAULT_IDLE_MS = 200;

/**
 * Follows the log by polling: reads batches until one comes back short (caught up), then waits
 * `idleMs` and reads again. Gap safety is the reader's (see READ_ALL_SQL); this only loops.
 * No LISTEN/NOTIFY: a NOTIFY serialises the commits of every appending transaction on a global
 * lock, which would cost the append path more than a poll costs the readers.
 */
export class PollingSubscription implements Subscription {
  private stopped = false;
  private wake: (() => void) | undefined;
  private reading: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly readBatch: ReadBatch,
    private readonly options: SubscribeOptions = {},
  ) {}

  async *[Symbol.asyncIterator](): AsyncIterator<RecordedEvent> {
    const batchSize = this.options.batchSize ?? DEFAULT_BATCH_SIZE;
    let after = this.options.after ?? LOG_START;
    while (!this.stopped) {
      const read = this.readBatch(after, batchSize);
      this.reading = read.catch(() => undefined);
      const batch = await read;
      for (const event of batch) {
        if (this.stopped) return;
        after = event.position;
        yield event;
      }
      if (batch.length < batchSize) await this.idle();
    }
  }

  /** Ends the iteration; resolves once no query of this subscription is running. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.reading;
  }

  private idle(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, this.options.idleMs ?? DEFAULT_IDLE_MS);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
