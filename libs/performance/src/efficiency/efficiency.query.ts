import { Query } from '@nestjs/cqrs';
import { EfficiencyView } from './efficiency-rows';

/** The efficiency of each target of an agency's PK in force in a fiscal year; unknown agency → `UnknownAgency` (404). */
export class EfficiencyQuery extends Query<EfficiencyView> {
  constructor(
    readonly tenant: string,
    readonly agency: string,
    readonly year: number,
  ) {
    super();
  }
}
