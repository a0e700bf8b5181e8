import { Query } from '@nestjs/cqrs';
import { IntegrityReport } from './verify-tenant';

/** Walks the tenant's hash chain and names its first broken link. */
export class IntegrityQuery extends Query<IntegrityReport> {
  constructor(readonly tenant: string) {
    super();
  }
}
