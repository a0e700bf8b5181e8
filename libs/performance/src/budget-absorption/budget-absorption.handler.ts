import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { AgencyYearReader } from '../agency-year/agency-year.reader';
import { BudgetAbsorptionQuery } from './budget-absorption.query';
import { BudgetView, budgetView } from './budget-tree';

@QueryHandler(BudgetAbsorptionQuery)
export class BudgetAbsorptionHandler implements IQueryHandler<BudgetAbsorptionQuery> {
  constructor(private readonly reader: AgencyYearReader) {}

  async execute({ tenant, agency, year }: BudgetAbsorptionQuery): Promise<BudgetView> {
    const { facts, conventions } = await this.reader.read(tenant, agency, year);
    return budgetView(facts, conventions);
  }
}
