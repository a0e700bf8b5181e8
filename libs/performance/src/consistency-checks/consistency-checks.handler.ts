import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AgencyYearReader } from '../agency-year/agency-year.reader';
import { AgencyYearChecksQuery } from './consistency-checks.query';
import { checksView } from './consistency-checks';
import { ChecksView } from './finding';

@QueryHandler(AgencyYearChecksQuery)
export class AgencyYearChecksHandler implements IQueryHandler<AgencyYearChecksQuery> {
  constructor(private readonly reader: AgencyYearReader) {}

  async execute({ tenant, agency, year }: AgencyYearChecksQuery): Promise<ChecksView> {
    const { facts, conventions } = await this.reader.read(tenant, agency, year);
    return checksView(facts, conventions);
  }
}
