import { Query } from '@nestjs/cqrs';
import { AuditEntry } from './audit-entry';
import { AuditTrailFilters } from './audit-trail.sql';

/** A page of a tenant's audit trail, in log order. */
export interface AuditTrailPage {
  readonly tenant: string;
  readonly entries: readonly AuditEntry[];
  /** Pass as `after` for the next page; null on the last page. */
  readonly nextCursor: string | null;
}

/** The tenant's events as an audit trail, filtered and paged by a keyset on the log position. */
export class AuditTrailQuery extends Query<AuditTrailPage> {
  constructor(
    readonly tenant: string,
    readonly filters: AuditTrailFilters,
  ) {
    super();
  }
}
