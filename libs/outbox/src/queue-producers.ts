import { Queue } from 'bullmq';
import type IORedis from 'ioredis';
import { JOB_DEFAULTS } from './job-defaults';
import type { OutboxJobData } from './job-context';
import type { OutboxRow } from './outbox.sql';
import { RedisUnavailableError } from './redis-connections';

/** One BullMQ Queue per queue name, all on the relay's fail-fast connection. */
export class QueueProducers {
  private readonly queues = new Map<string, Queue<OutboxJobData>>();

  constructor(
    private readonly redis: IORedis,
    private readonly prefix: string,
    private readonly addTimeoutMs: number,
  ) {}

  /** Adds the row's job; its id makes a second add of the same row a no-op in BullMQ. */
  async add(row: OutboxRow): Promise<void> {
    const added = this.queue(row.queue).add(
      row.job_name,
      { tenantId: row.tenant_id, payload: row.payload },
      { ...JOB_DEFAULTS, jobId: row.job_id, delay: row.delay_ms },
    );
    await this.withinTimeout(added);
  }

  /** Forgets every Queue: one whose start-up failed mid-outage would stay broken. */
  async reset(): Promise<void> {
    const queues = [...this.queues.values()];
    this.queues.clear();
    await Promise.all(queues.map((queue) => queue.close().catch(() => undefined)));
  }

  async close(): Promise<void> {
    await this.reset();
    if (this.redis.status === 'ready') await this.redis.quit().catch(() => undefined);
    else this.redis.disconnect();
  }

  private queue(name: string): Queue<OutboxJobData> {
    let queue = this.queues.get(name);
    if (!queue) {
      queue = new Queue<OutboxJobData>(name, { connection: this.redis, prefix: this.prefix });
      queue.on('error', () => undefined); // reported by the relay, once per outage
      this.queues.set(name, queue);
    }
    return queue;
  }

  /** A half-open socket would leave the add (and the claimed rows' locks) hanging. */
  private async withinTimeout(pending: Promise<unknown>): Promise<void> {
    pending.catch(() => undefined);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        this.redis.disconnect(true);
        reject(new RedisUnavailableError('timed out'));
      }, this.addTimeoutMs);
    });
    try {
      await Promise.race([pending, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
