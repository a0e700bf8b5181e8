import { Query } from '@nestjs/cqrs';
import { AsOf } from '../domain/as-of';
import { AgencyStateView } from './agency-state';

/** An agency-year as it was at an instant; unknown agency → `UnknownAgency` (404). */
export class AgencyStateQuery extends Query<AgencyStateView> {
  constructor(
    readonly tenant: string,
    readonly agency: string,
    readonly year: number,
    readonly asOf: AsOf,
  ) {
    super();
  }
}
