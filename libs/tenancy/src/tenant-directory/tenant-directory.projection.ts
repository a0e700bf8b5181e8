import { unreachable } from '@jejak/eventstore';
import { Projection, RecordedOf, applyToRow } from '@jejak/projections';
import { AgencyCreated, PostCreated, TenantCreated, UnitCreated } from '../domain/tenancy.events';
import { AgencyEntity } from './agency.entity';
import { PostEntity } from './post.entity';
import { TenantEntity } from './tenant.entity';
import { UnitEntity } from './unit.entity';

/** The events the directory writes rows for (the conventions have a read model of their own). */
export type DirectoryEvent = TenantCreated | AgencyCreated | UnitCreated | PostCreated;

const createdAt = (event: RecordedOf<DirectoryEvent>): Date => event.occurredAt ?? event.recordedAt;

/** A row already at or past the event's stream position: the event is a replay, nothing changes. */
const alreadyApplied = (row: { revision: number } | null, event: RecordedOf<DirectoryEvent>): boolean =>
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

/** A unit is told on its agency's stream: the agency's row follows that stream's revision (its ETag). */
export function agencyRevised(row: AgencyEntity | null, event: RecordedOf<UnitCreated>): AgencyEntity | null {
  if (row === null || alreadyApplied(row, event)) return row;
  return { ...row, revision: event.streamPosition };
}

export function unitRow(row: UnitEntity | null, event: RecordedOf<UnitCreated>): UnitEntity | null {
  if (alreadyApplied(row, event)) return row;
  const { tenantId, agencyId, unitId, name, parentUnitId } = event.data;
  return {
    tenantId,
    agencyId,
    unitId,
    name,
    parentUnitId,
    createdAt: createdAt(event),
    revision: event.streamPosition,
  };
}

export function postRow(row: PostEntity | null, event: RecordedOf<PostCreated>): PostEntity | null {
  if (alreadyApplied(row, event)) return row;
  const { tenantId, postId, title, agencyId, unitId, role, superiorPostId } = event.data;
  const at = { createdAt: createdAt(event), revision: event.streamPosition };
  return { tenantId, postId, title, agencyId, unitId, role, superiorPostId, ...at };
}

export const TENANT_DIRECTORY = 'tenant-directory';

export const tenantDirectoryProjection: Projection<DirectoryEvent> = {
  name: TENANT_DIRECTORY,
  eventTypes: ['TenantCreated', 'AgencyCreated', 'UnitCreated', 'PostCreated'],
  tables: [TenantEntity, AgencyEntity, UnitEntity, PostEntity],
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
      case 'UnitCreated': {
        const { tenantId, agencyId, unitId } = event.data;
        await applyToRow(manager, AgencyEntity, { tenantId, agencyId }, (row) => agencyRevised(row, event));
        return applyToRow(manager, UnitEntity, { tenantId, agencyId, unitId }, (row) => unitRow(row, event));
      }
      case 'PostCreated': {
        const key = { tenantId: event.data.tenantId, postId: event.data.postId };
        return applyToRow(manager, PostEntity, key, (row) => postRow(row, event));
      }
      default:
        return unreachable(event, 'tenant-directory event');
    }
  },
};
