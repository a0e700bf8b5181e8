import { Migration } from '@jejak/database';
import { EventStore, EventStore1760000000100, createPostgresEventStore } from '@jejak/eventstore';
import {
  Projection,
  ProjectionCheckpoints1760000000300,
  ProjectionRunner,
  projectionEntities,
} from '@jejak/projections';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ScratchDatabase, scratchDatabase } from './scratch-database';

export interface ProjectionHarnessOptions {
  /** The read models' migrations; the event store's and the checkpoints' run first. */
  readonly migrations: readonly Migration[];
  /** What the runner projects; the data source maps their entities. */
  readonly projections: readonly Projection[];
  /** Events per batch: small, so that a catch-up crosses batches (the runner's default otherwise). */
  readonly batchSize?: number;
}

export interface ProjectionHarness {
  readonly db: ScratchDatabase;
  /** The owner's connection: the read-model tables as they are, past row-level security. */
  readonly owner: Client;
  /** The application role's data source, bound by row-level security. */
  readonly dataSource: DataSource;
  readonly store: EventStore;
  readonly runner: ProjectionRunner;
  /** Closes the connections and drops the database. */
  close(): Promise<void>;
}

/**
 * What an int-spec of projections stands on: a scratch database migrated for them, the event
 * store and a data source as the application role, and a runner of the projections.
 */
export async function projectionHarness(options: ProjectionHarnessOptions): Promise<ProjectionHarness> {
  const { migrations, projections, batchSize } = options;
  const db = await scratchDatabase([
    EventStore1760000000100,
    ProjectionCheckpoints1760000000300,
    ...migrations,
  ]);
  const opened: { owner?: Client; dataSource?: DataSource; store?: EventStore } = {};
  const close = async () => {
    await opened.store?.close();
    await opened.dataSource?.destroy();
    await opened.owner?.end();
    await db.drop();
  };
  try {
    const owner = (opened.owner = new Client({ connectionString: db.ownerUrl }));
    await owner.connect();
    const entities = projectionEntities(projections);
    const dataSource = new DataSource({ type: 'postgres', url: db.appUrl, entities });
    opened.dataSource = await dataSource.initialize();
    const store = (opened.store = createPostgresEventStore({ url: db.appUrl, poolSize: 4 }));
    const runner = new ProjectionRunner(dataSource, store, projections, batchSize ? { batchSize } : {});
    return { db, owner, dataSource, store, runner, close };
  } catch (error) {
    await close();
    throw error;
  }
}
