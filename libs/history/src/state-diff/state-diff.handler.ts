import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AgencyStateReader } from '../agency-state/agency-state.reader';
import { StateDiffView, stateDiff } from './state-diff';
import { StateDiffQuery } from './state-diff.query';

@QueryHandler(StateDiffQuery)
export class StateDiffHandler implements IQueryHandler<StateDiffQuery> {
  constructor(private readonly reader: AgencyStateReader) {}

  async execute({ tenant, agency, year, from, to }: StateDiffQuery): Promise<StateDiffView> {
    const [before, after] = await Promise.all([
      this.reader.read(tenant, agency, year, from),
      this.reader.read(tenant, agency, year, to),
    ]);
    return stateDiff(before, after);
  }
}
