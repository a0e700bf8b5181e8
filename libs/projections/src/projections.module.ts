import { DynamicModule, Module } from '@nestjs/common';
import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { PROJECTION_LAG } from '@jejak/http';
import { DataSource } from 'typeorm';
import { ProjectionLagService } from './projection-lag.service';

/**
 * The API side of projections: {@link ProjectionLagService}, also bound to `PROJECTION_LAG` for
 * `/health`. Needs a TypeORM `DataSource` (the app role's) and `EVENT_STORE` from the root module.
 */
@Module({})
export class ProjectionLagModule {
  /** `known`: the projectors the worker runs, so one that never started shows as lagging. */
  static forRoot(known: readonly string[] = []): DynamicModule {
    return {
      module: ProjectionLagModule,
      providers: [
        {
          provide: ProjectionLagService,
          inject: [DataSource, EVENT_STORE],
          useFactory: (dataSource: DataSource, store: EventStore) =>
            new ProjectionLagService(dataSource, store, known),
        },
        { provide: PROJECTION_LAG, useExisting: ProjectionLagService },
      ],
      exports: [ProjectionLagService, PROJECTION_LAG],
    };
  }
}
