import { Query } from '@nestjs/cqrs';
import { ChecksView } from './finding';

/** What does not add up in an agency-year; unknown agency → `UnknownAgency` (404). */
export class AgencyYearChecksQuery extends Query<ChecksView> {
  constructor(
    readonly tenant: string,
    readonly agency: string,
    readonly year: number,
  ) {
    super();
  }
}
