import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AgencyYearReader } from '../agency-year/agency-year.reader';
import { EfficiencyQuery } from './efficiency.query';
import { EfficiencyView, efficiencyView } from './efficiency-rows';

@QueryHandler(EfficiencyQuery)
export class EfficiencyHandler implements IQueryHandler<EfficiencyQuery> {
  constructor(private readonly reader: AgencyYearReader) {}

  async execute({ tenant, agency, year }: EfficiencyQuery): Promise<EfficiencyView> {
    const { facts, conventions } = await this.reader.read(tenant, agency, year);
    return efficiencyView(facts, conventions);
  }
}
