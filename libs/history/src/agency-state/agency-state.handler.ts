import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AgencyStateView } from './agency-state';
import { AgencyStateQuery } from './agency-state.query';
import { AgencyStateReader } from './agency-state.reader';

@QueryHandler(AgencyStateQuery)
export class AgencyStateHandler implements IQueryHandler<AgencyStateQuery> {
  constructor(private readonly reader: AgencyStateReader) {}

  execute({ tenant, agency, year, asOf }: AgencyStateQuery): Promise<AgencyStateView> {
    return this.reader.read(tenant, agency, year, asOf);
  }
}
