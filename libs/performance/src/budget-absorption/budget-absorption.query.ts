import { Query } from '@nestjs/cqrs';
import { BudgetView } from './budget-tree';

/** An agency's budget lines in a fiscal year, programs → kegiatan → sub kegiatan, with absorption; unknown agency → `UnknownAgency` (404). */
export class BudgetAbsorptionQuery extends Query<BudgetView> {
  constructor(
    readonly tenant: string,
    readonly agency: string,
    readonly year: number,
  ) {
    super();
  }
}
