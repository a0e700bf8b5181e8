import { unreachable } from '@jejak/eventstore';
import { Projection, RecordedOf, applyToRow } from '@jejak/projections';
import { ConventionsChanged } from '../domain/tenancy.events';
import { ConventionsVersionEntity } from './conventions-version.entity';

/** A version, once stated, never changes: a replayed event finds its row and leaves it. */
export function conventionsVersionRow(
  row: ConventionsVersionEntity | null,
  event: RecordedOf<ConventionsChanged>,
): ConventionsVersionEntity | null {
  if (row !== null) return row;
  const { tenantId, version, fromFiscalYear, conventions } = event.data;
  return {
    tenantId,
    version,
    fromFiscalYear,
    conventions,
    changedAt: event.occurredAt ?? event.recordedAt,
    revision: event.streamPosition,
  };
}

export const TENANT_CONVENTIONS = 'tenant-conventions';

export const tenantConventionsProjection: Projection<ConventionsChanged> = {
  name: TENANT_CONVENTIONS,
  eventTypes: ['ConventionsChanged'],
  tables: [ConventionsVersionEntity],
  async handle(manager, event) {
    switch (event.type) {
      case 'ConventionsChanged': {
        const key = { tenantId: event.data.tenantId, version: event.data.version };
        return applyToRow(manager, ConventionsVersionEntity, key, (row) => conventionsVersionRow(row, event));
      }
      default:
        return unreachable(event.type, 'tenant-conventions event');
    }
  },
};
