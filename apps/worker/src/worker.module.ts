import { loadConfig } from '@jejak/config';
import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { OutboxModule, bullRootModule } from '@jejak/outbox';
import { ProjectionRunner, projectionEntities } from '@jejak/projections';
import {
  BeforeApplicationShutdown,
  DynamicModule,
  Injectable,
  Module,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Logger } from 'pino';
import { DataSource } from 'typeorm';
import { eventStoreModule } from './event-store.module';
import { PROCESSOR_MODULES } from './processors';
import { PROJECTIONS, createProjectionRunner } from './projections';
import { createWorkerLogger } from './worker-logger';

export const WORKER_LOGGER = Symbol('WORKER_LOGGER');

export interface WorkerOptions {
  /**
   * Follow the log in the background from start-up, relay the outbox to BullMQ and run the
   * processors (the worker); false for the rebuild CLI and tests.
   */
  readonly follow: boolean;
  /** Structured log; defaults to one at the configured level (silent under test). */
  readonly logger?: Logger;
}

/** Starts the runner once the application is up; stops it, after its batch in flight, on shutdown. */
@Injectable()
class ProjectionFollower implements OnApplicationBootstrap, BeforeApplicationShutdown {
  constructor(private readonly runner: ProjectionRunner) {}

  onApplicationBootstrap(): void {
    this.runner.start();
  }

  beforeApplicationShutdown(): Promise<void> {
    return this.runner.stop();
  }
}

/** Composition only: the app role's DataSource, the event store, the runner over every projection. */
@Module({})
export class WorkerModule {
  static forRoot(options: WorkerOptions): DynamicModule {
    const config = loadConfig();
    return {
      module: WorkerModule,
      imports: [
        TypeOrmModule.forRoot({
          type: 'postgres',
          url: config.appDatabaseUrl,
          entities: projectionEntities(PROJECTIONS),
          synchronize: false,
          logging: false,
        }),
        eventStoreModule(config),
        ...(options.follow ? [bullRootModule(), OutboxModule.forRoot(), ...PROCESSOR_MODULES] : []),
      ],
      providers: [
        { provide: WORKER_LOGGER, useValue: options.logger ?? createWorkerLogger(config.logLevel) },
        {
          provide: ProjectionRunner,
          inject: [DataSource, EVENT_STORE, WORKER_LOGGER],
          useFactory: (dataSource: DataSource, store: EventStore, logger: Logger) =>
            createProjectionRunner(dataSource, store, { logger }),
        },
        ...(options.follow ? [ProjectionFollower] : []),
      ],
      exports: [ProjectionRunner],
    };
  }
}
