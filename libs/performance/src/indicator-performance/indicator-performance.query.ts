import { Query } from '@nestjs/cqrs';
import { PerformanceView } from './indicator-performance';

/** An agency's indicators measured in a fiscal year; unknown agency → `UnknownAgency` (404). */
export class IndicatorPerformanceQuery extends Query<PerformanceView> {
  constructor(
    readonly tenant: string,
    readonly agency: string,
    readonly year: number,
  ) {
    super();
  }
}
