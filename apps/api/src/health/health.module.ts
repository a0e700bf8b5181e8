import { DynamicModule, Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { PROJECTION_LAG } from '@jejak/http';
import { ProjectionLagModule, ProjectionLagService } from '@jejak/projections';
import { EventStoreHealthIndicator } from './event-store.health';
import { HealthController } from './health.controller';
import { ProjectionLagHealthIndicator } from './projection-lag.health';
import { createHealthRedis, HEALTH_REDIS, RedisHealthIndicator } from './redis.health';

/** `GET /health` (public): database as the app role, Redis, the event store, projector lag. */
@Module({})
export class HealthModule {
  static forRoot(options: { readonly redisUrl: string }): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ errorLogStyle: 'json' }), ProjectionLagModule.forRoot()],
      controllers: [HealthController],
      providers: [
        { provide: HEALTH_REDIS, useFactory: () => createHealthRedis(options.redisUrl) },
        { provide: PROJECTION_LAG, useExisting: ProjectionLagService },
        RedisHealthIndicator,
        EventStoreHealthIndicator,
        ProjectionLagHealthIndicator,
      ],
    };
  }
}
