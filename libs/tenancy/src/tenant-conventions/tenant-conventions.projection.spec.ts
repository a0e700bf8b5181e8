import { DEFAULT_CONVENTIONS } from '@jejak/measurement';
import { recordedEvent } from '@jejak/testing';
import { ConventionsChanged } from '../domain/tenancy.events';
import { conventionsVersionRow, tenantConventionsProjection } from './tenant-conventions.projection';

const recordedAt = new Date('2024-01-08T02:00:00.000Z');

// Kota Dumai states the README defaults from its 2024 document (fixtures/kota-dumai-bkpsdm-2024.json).
const changed = recordedEvent<ConventionsChanged>(
  {
    type: 'ConventionsChanged',
    data: { tenantId: 'kota-dumai', version: 1, fromFiscalYear: 2024, conventions: DEFAULT_CONVENTIONS },
  },
  {
    tenantId: 'kota-dumai',
    stream: 'kota-dumai/conventions',
    streamPosition: 0,
    recordedAt,
    metadata: { source: 'import' },
  },
);

describe('the tenant conventions projection', () => {
  it('adds a row per version, with the year it is in force from and the full conventions', () => {
    expect(conventionsVersionRow(null, changed)).toEqual({
      tenantId: 'kota-dumai',
      version: 1,
      fromFiscalYear: 2024,
      conventions: DEFAULT_CONVENTIONS,
      changedAt: recordedAt,
      revision: 0,
    });
  });

  it('dates a version by when it took effect, when the event says', () => {
    const occurredAt = new Date('2024-01-31T00:00:00.000Z');
    expect(conventionsVersionRow(null, { ...changed, occurredAt })?.changedAt).toEqual(occurredAt);
  });

  it('changes nothing when a version is replayed', () => {
    const row = conventionsVersionRow(null, changed);
    expect(conventionsVersionRow(row, changed)).toBe(row);
  });

  it('handles the conventions events only', () => {
    expect(tenantConventionsProjection.eventTypes).toEqual(['ConventionsChanged']);
  });
});
