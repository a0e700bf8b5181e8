import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckResult,
  HealthCheckService,
  HealthIndicatorFunction,
  TypeOrmHealthIndicator,
} from '@nestjs/terminus';
import type { Response } from 'express';
import { Public } from '@jejak/identity';
import { EventStoreHealthIndicator } from './event-store.health';
import { ProjectionLagHealthIndicator } from './projection-lag.health';
import { RedisHealthIndicator } from './redis.health';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly eventStore: EventStoreHealthIndicator,
    private readonly projections: ProjectionLagHealthIndicator,
  ) {}

  /** Terminus's report as it is (200 when up, 503 with the same shape when something is down). */
  @Public()
  @Get()
  @HealthCheck()
  @ApiOperation({ summary: 'Database (app role), Redis, event store and projector lag' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthCheckResult> {
    const checks: HealthIndicatorFunction[] = [
      () => this.database.pingCheck('database', { timeout: 1500 }),
      () => this.redis.check('redis'),
      () => this.eventStore.check('eventStore'),
    ];
    if (this.projections.available) checks.push(() => this.projections.check('projections'));
    try {
      return await this.health.check(checks);
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      res.status(503);
      return error.getResponse() as HealthCheckResult;
    }
  }
}
