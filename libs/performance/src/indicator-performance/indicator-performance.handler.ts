import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AgencyYearReader } from '../agency-year/agency-year.reader';
import { IndicatorPerformanceQuery } from './indicator-performance.query';
import { PerformanceView, performanceView } from './indicator-performance';

@QueryHandler(IndicatorPerformanceQuery)
export class IndicatorPerformanceHandler implements IQueryHandler<IndicatorPerformanceQuery> {
  constructor(private readonly reader: AgencyYearReader) {}

  async execute({ tenant, agency, year }: IndicatorPerformanceQuery): Promise<PerformanceView> {
    const { facts, conventions } = await this.reader.read(tenant, agency, year);
    return performanceView(facts, conventions);
  }
}
