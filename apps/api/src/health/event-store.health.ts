import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { withTimeout } from './redis.health';

/** A stream that never exists: reading it is the cheapest round trip the port offers. */
const PROBE_STREAM = 'jejak-health/probe';

@Injectable()
export class EventStoreHealthIndicator {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly indicators: HealthIndicatorService,
  ) {}

  async check(key: string, timeoutMs = 1500) {
    const indicator = this.indicators.check(key);
    try {
      await withTimeout(this.store.readStream(PROBE_STREAM, { maxCount: 1 }), timeoutMs);
      return indicator.up();
    } catch (error) {
      return indicator.down({ message: error instanceof Error ? error.message : String(error) });
    }
  }
}
