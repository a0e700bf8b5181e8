import {
  DynamicModule,
  Inject,
  Injectable,
  Module,
  OnApplicationBootstrap,
  OnModuleDestroy,
} from '@nestjs/common';
import type { Pool } from 'pg';
import { loadConfig } from '@jejak/config';
import { createPool } from '@jejak/database';
import { OutboxRelay, OutboxRelayOptions } from './outbox.relay';

export type OutboxModuleOptions = Partial<OutboxRelayOptions>;

const OUTBOX_OPTIONS = Symbol('OUTBOX_OPTIONS');

/** Runs the relay for the worker's lifetime: starts after bootstrap, drains its batch on shutdown. */
@Injectable()
export class OutboxRelayHost implements OnApplicationBootstrap, OnModuleDestroy {
  private relay: OutboxRelay | undefined;
  private ownPool: Pool | undefined;

  constructor(@Inject(OUTBOX_OPTIONS) private readonly options: OutboxModuleOptions) {}

  async onApplicationBootstrap(): Promise<void> {
    const config = loadConfig();
    const pool = this.options.pool ?? (this.ownPool = createPool(config.appDatabaseUrl, { max: 3 }));
    this.relay = new OutboxRelay({
      redisUrl: config.redisUrl,
      prefix: config.queuePrefix,
      ...this.options,
      pool,
    });
    await this.relay.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.relay?.stop();
    await this.ownPool?.end();
  }
}

/**
 * The transactional outbox's relay, for apps/worker only. Without options it uses the app's
 * database role (`APP_DATABASE_URL`), `REDIS_URL` and `QUEUE_PREFIX`.
 */
@Module({})
export class OutboxModule {
  static forRoot(options: OutboxModuleOptions = {}): DynamicModule {
    return {
      module: OutboxModule,
      providers: [{ provide: OUTBOX_OPTIONS, useValue: options }, OutboxRelayHost],
    };
  }
}
