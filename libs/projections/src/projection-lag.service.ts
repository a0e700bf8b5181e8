import { asPlatform } from '@jejak/database';
import { EventStore, LOG_START } from '@jejak/eventstore';
import { DataSource } from 'typeorm';
import { readAllCheckpoints } from './checkpoint';

export interface ProjectionLag {
  readonly projector: string;
  /** The log position of the last applied event, as strings (JSON has no bigint). */
  readonly checkpoint: { readonly commit: string; readonly prepare: string };
  /** Events in the log after the checkpoint, counted up to the service's cap. */
  readonly lag: number;
}

/** How far each projector is behind the log, for `/health`. */
export class ProjectionLagService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly store: EventStore,
    /** Projectors expected to run: one that never ran shows with the whole log as its lag. */
    private readonly known: readonly string[] = [],
    /** Counting stops here, so a far-behind projector costs one bounded read. */
    private readonly cap = 1000,
  ) {}

  async lag(): Promise<ProjectionLag[]> {
    const checkpoints = await readAllCheckpoints(this.dataSource.manager);
    const names = [...new Set([...this.known, ...checkpoints.keys()])].sort();
    return asPlatform(() =>
      Promise.all(
        names.map(async (projector) => {
          const checkpoint = checkpoints.get(projector) ?? LOG_START;
          const after = await this.store.readAll({ after: checkpoint, maxCount: this.cap });
          return {
            projector,
            checkpoint: { commit: checkpoint.commit.toString(), prepare: checkpoint.prepare.toString() },
            lag: after.length,
          };
        }),
      ),
    );
  }
}
