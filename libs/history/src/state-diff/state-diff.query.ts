import { Query } from '@nestjs/cqrs';
import { AsOf } from '../domain/as-of';
import { StateDiffView } from './state-diff';

/** What changed in an agency-year between two instants on one axis. */
export class StateDiffQuery extends Query<StateDiffView> {
  constructor(
    readonly tenant: string,
    readonly agency: string,
    readonly year: number,
    readonly from: AsOf,
    readonly to: AsOf,
  ) {
    super();
  }
}
