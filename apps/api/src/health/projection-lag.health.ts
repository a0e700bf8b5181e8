import { Inject, Injectable, Optional } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { PROJECTION_LAG, ProjectionLagSource } from '@jejak/http';

/** The projectors' lag, reported (never failing the check: a lagging projector still serves). */
@Injectable()
export class ProjectionLagHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    @Optional() @Inject(PROJECTION_LAG) private readonly source?: ProjectionLagSource,
  ) {}

  get available(): boolean {
    return this.source !== undefined;
  }

  async check(key: string) {
    const indicator = this.indicators.check(key);
    if (!this.source) return indicator.up({ projectors: [] });
    try {
      return indicator.up({ projectors: await this.source.lag() });
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}
