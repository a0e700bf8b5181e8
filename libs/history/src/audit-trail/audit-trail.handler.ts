import { inTenantEntityTransaction } from '@jejak/database';
import { EVENT_STORE, EventStore, RecordedEvent } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { assertKnownTenant } from '../shared/known';
import { revealPersonalData } from '../shared/personal-data';
import { auditEntry } from './audit-entry';
import {
  AUDIT_TRAIL_SQL,
  AuditRow,
  AuditTrailFilters,
  STREAMS_ABOUT_SQL,
  auditTrailParams,
  narrowsStreams,
  streamsAboutParams,
} from './audit-trail.sql';
import { AuditTrailPage, AuditTrailQuery } from './audit-trail.query';

/** What the personal-data cipher reads of an event: its tenant, type, data and metadata. */
const asRecorded = (tenant: string, row: AuditRow) =>
  ({ tenantId: tenant, type: row.type, data: row.data, metadata: row.metadata }) as RecordedEvent;

@QueryHandler(AuditTrailQuery)
export class AuditTrailHandler implements IQueryHandler<AuditTrailQuery> {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ tenant, filters }: AuditTrailQuery): Promise<AuditTrailPage> {
    await assertKnownTenant(this.store, tenant);
    const rows = await this.rows(tenant, filters);
    const page = rows.slice(0, filters.limit);
    const opened = await revealPersonalData(
      this.store,
      page.map((row) => asRecorded(tenant, row)),
    );
    const entries = page.map((row, i) =>
      auditEntry({ ...row, data: opened[i].data, metadata: opened[i].metadata }),
    );
    const more = rows.length > filters.limit;
    return { tenant, entries, nextCursor: more ? (page.at(-1)?.position ?? null) : null };
  }

  /** As the application role in the request's tenant: row-level security bounds the read too. */
  private rows(tenant: string, filters: AuditTrailFilters): Promise<AuditRow[]> {
    return inTenantEntityTransaction(this.dataSource, async (manager) => {
      let streams: string[] | null = null;
      if (narrowsStreams(filters)) {
        const about: { stream_id: string }[] = await manager.query(
          STREAMS_ABOUT_SQL,
          streamsAboutParams(tenant, filters),
        );
        streams = about.map((row) => row.stream_id);
        if (streams.length === 0) return [];
      }
      return manager.query(AUDIT_TRAIL_SQL, auditTrailParams(tenant, filters, streams));
    });
  }
}
