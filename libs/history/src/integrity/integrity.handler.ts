import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { IntegrityQuery } from './integrity.query';
import { IntegrityReport, verifyTenant } from './verify-tenant';

@QueryHandler(IntegrityQuery)
export class IntegrityHandler implements IQueryHandler<IntegrityQuery> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  execute({ tenant }: IntegrityQuery): Promise<IntegrityReport> {
    return verifyTenant(this.store, tenant);
  }
}
