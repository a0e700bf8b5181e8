import { recordedEvent } from '@jejak/testing';
import { AgencyCreated, PostCreated, TenantCreated, UnitCreated } from '../domain/tenancy.events';
import {
  DirectoryEvent,
  agencyRevised,
  agencyRow,
  postRow,
  tenantDirectoryProjection,
  tenantRow,
  unitRow,
} from './tenant-directory.projection';

const recordedAt = new Date('2024-01-08T02:00:00.000Z');

const recorded = <E extends DirectoryEvent>(event: E, stream: string, streamPosition = 0) =>
  recordedEvent(event, { tenantId: 'kota-dumai', stream, streamPosition, recordedAt, prepare: 1n });

const tenantCreated = recorded<TenantCreated>(
  {
    type: 'TenantCreated',
    data: { tenantId: 'kota-dumai', name: 'Pemerintah Kota Dumai', kind: 'kota', province: 'Riau' },
  },
  'kota-dumai/tenant',
);
const agencyCreated = recorded<AgencyCreated>(
  {
    type: 'AgencyCreated',
    data: { tenantId: 'kota-dumai', agencyId: 'bkpsdm', name: 'Badan Kepegawaian', shortName: 'BKPSDM' },
  },
  'kota-dumai/agency-bkpsdm',
);

describe('the tenant directory projection', () => {
  it('adds a tenant row at the stream revision of its creation', () => {
    expect(tenantRow(null, tenantCreated)).toEqual({
      tenantId: 'kota-dumai',
      name: 'Pemerintah Kota Dumai',
      kind: 'kota',
      province: 'Riau',
      createdAt: recordedAt,
      revision: 0,
    });
  });

  it('dates a row by when the creation took effect, when the event says', () => {
    const occurredAt = new Date('2024-01-02T00:00:00.000Z');
    expect(tenantRow(null, { ...tenantCreated, occurredAt })?.createdAt).toEqual(occurredAt);
  });

  it('changes nothing when a tenant creation is replayed', () => {
    const row = tenantRow(null, tenantCreated);
    expect(tenantRow(row, tenantCreated)).toBe(row);
  });

  it('adds an agency row under its tenant', () => {
    expect(agencyRow(null, agencyCreated)).toEqual({
      tenantId: 'kota-dumai',
      agencyId: 'bkpsdm',
      name: 'Badan Kepegawaian',
      shortName: 'BKPSDM',
      createdAt: recordedAt,
      revision: 0,
    });
  });

  it('changes nothing when an agency creation is replayed', () => {
    const row = agencyRow(null, agencyCreated);
    expect(agencyRow(row, agencyCreated)).toBe(row);
  });

  it('handles exactly the tenancy events it writes rows for', () => {
    expect(tenantDirectoryProjection.eventTypes).toEqual([
      'TenantCreated',
      'AgencyCreated',
      'UnitCreated',
      'PostCreated',
    ]);
  });
});

// A unit and a post of BKPSDM Kota Dumai (fixtures/kota-dumai-bkpsdm-2024.json, agency.units).
const unitCreated = recorded<UnitCreated>(
  {
    type: 'UnitCreated',
    data: {
      tenantId: 'kota-dumai',
      agencyId: 'bkpsdm',
      unitId: 'subbag-tata-usaha',
      name: 'Subbagian Tata Usaha',
      parentUnitId: 'sekretariat',
    },
  },
  'kota-dumai/agency-bkpsdm',
  2,
);
const postCreated = recorded<PostCreated>(
  {
    type: 'PostCreated',
    data: {
      tenantId: 'kota-dumai',
      postId: 'kasubbag-tata-usaha',
      title: 'Kepala Subbagian Tata Usaha',
      agencyId: 'bkpsdm',
      unitId: 'subbag-tata-usaha',
      role: 'head-of-unit',
      superiorPostId: 'sekretaris',
    },
  },
  'kota-dumai/post-kasubbag-tata-usaha',
);

describe('the tenant directory projection, for units and posts', () => {
  it('adds a unit row under its agency and parent, at the agency stream position', () => {
    expect(unitRow(null, unitCreated)).toEqual({
      tenantId: 'kota-dumai',
      agencyId: 'bkpsdm',
      unitId: 'subbag-tata-usaha',
      name: 'Subbagian Tata Usaha',
      parentUnitId: 'sekretariat',
      createdAt: recordedAt,
      revision: 2,
    });
  });

  it("moves the agency row to its stream's revision, so that its ETag stays true", () => {
    const agency = agencyRow(null, agencyCreated);
    expect(agencyRevised(agency, unitCreated)?.revision).toBe(2);
    const revised = agencyRevised(agency, unitCreated);
    expect(agencyRevised(revised, unitCreated)).toBe(revised);
  });

  it('changes nothing when a unit creation is replayed', () => {
    const row = unitRow(null, unitCreated);
    expect(unitRow(row, unitCreated)).toBe(row);
  });

  it('adds a post row with its place, role and superior', () => {
    expect(postRow(null, postCreated)).toEqual({
      ...postCreated.data,
      createdAt: recordedAt,
      revision: 0,
    });
  });

  it('changes nothing when a post creation is replayed', () => {
    const row = postRow(null, postCreated);
    expect(postRow(row, postCreated)).toBe(row);
  });
});
