import { unreachable } from '@jejak/eventstore';
import { Projection, RecordedOf, applyToRow } from '@jejak/projections';
import { AgencyCreated, TenancyEvent, TenantCreated } from '../domain/tenancy.events';
import { AgencyEntity } from './agency.entity';
import { TenantEntity } from './tenant.entity';

const createdAt = (event: RecordedOf<TenancyEvent>): Date => event.occurredAt ?? event.recordedAt;

/** A row already at or past the event's stream position: the event is a replay, nothing changes. */
const alreadyApplied = (row: { revision: number } | null, event: RecordedOf<TenancyEvent>): boolean =>
  row !== null && row.revision >= event.streamPosition;

export function tenantRow(row: TenantEntity | null, event: RecordedOf<TenantCreated>): TenantEntity | null {
  if (alreadyApplied(row, event)) return row;
  const { tenantId, name, kind, province } = event.data;
  return { tenantId, name, kind, province, createdAt: createdAt(event), revision: event.streamPosition };
}

export function agencyRow(row: AgencyEntity | null, event: RecordedOf<AgencyCreated>): AgencyEntity | null {
  if (alreadyApplied(row, event)) return row;
  const { tenantId, agencyId, name, shortName } = event.data;
  return { tenantId, agencyId, name, shortName, createdAt: createdAt(event), revision: event.streamPosition };
}

export const TENANT_DIRECTORY = 'tenant-directory';

export const tenantDirectoryProjection: Projection<TenancyEvent> = {
  name: TENANT_DIRECTORY,
  eventTypes: ['TenantCreated', 'AgencyCreated'],
  tables: [TenantEntity, AgencyEntity],
  async handle(manager, event) {
    switch (event.type) {
      case 'TenantCreated':
        return applyToRow(manager, TenantEntity, { tenantId: event.data.tenantId }, (row) =>
          tenantRow(row, event),
        );
      case 'AgencyCreated': {
        const key = { tenantId: event.data.tenantId, agencyId: event.data.agencyId };
        return applyToRow(manager, AgencyEntity, key, (row) => agencyRow(row, event));
      }
      default:
        return unreachable(event, 'tenant-directory event');
    }
  },
};
