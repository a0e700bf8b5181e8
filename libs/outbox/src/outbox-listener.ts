import type { Notification, Pool, PoolClient } from 'pg';
import { OUTBOX_CHANNEL } from './outbox.sql';

/**
 * Holds one pooled connection on `LISTEN jejak_outbox` and calls `onNotify` for each commit that
 * wrote outbox rows. Best effort: the relay's timer still runs, so a lost listener only costs
 * latency; it listens again after `retryMs`.
 */
export class OutboxListener {
  private client: PoolClient | undefined;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly onNotification = (message: Notification): void => {
    if (message.channel === OUTBOX_CHANNEL) this.onNotify();
  };
  private readonly onError = (error: Error): void => {
    this.release(error);
    this.scheduleRetry();
  };

  constructor(
    private readonly pool: Pool,
    private readonly onNotify: () => void,
    private readonly retryMs = 5_000,
  ) {}

  async start(): Promise<void> {
    if (this.stopped || this.client) return;
    try {
      const client = await this.pool.connect();
      if (this.stopped) return client.release();
      this.client = client;
      this.client.on('notification', this.onNotification);
      this.client.on('error', this.onError);
      await this.client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      this.release(error instanceof Error ? error : new Error(String(error)));
      this.scheduleRetry();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    await this.client?.query(`UNLISTEN ${OUTBOX_CHANNEL}`).catch(() => undefined);
    this.release();
  }

  /** With an error, pg destroys the connection instead of returning it to the pool. */
  private release(error?: Error): void {
    const client = this.client;
    this.client = undefined;
    if (!client) return;
    client.off('notification', this.onNotification);
    client.off('error', this.onError);
    client.release(error);
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = undefined;
      void this.start();
    }, this.retryMs);
  }
}
