import { EventMetadata } from '@jejak/eventstore';
import { auditEntry } from './audit-entry';
import { AuditRow } from './audit-trail.sql';

const row = (over: Partial<AuditRow>): AuditRow => ({
  position: '42',
  event_id: 'e-42',
  type: 'AgreementAmended',
  stream_id: 'kota-dumai/agreement-bkpsdm-2024',
  stream_position: 2,
  schema_version: 1,
  data: {},
  metadata: { tenantId: 'kota-dumai', schemaVersion: 1, source: 'api' } as EventMetadata,
  occurred_at: new Date('2024-09-23T00:00:00.000Z'),
  recorded_at: new Date('2026-11-20T01:02:03.004Z'),
  hash: 'ab'.repeat(32),
  agency: 'bkpsdm',
  year_from: 2024,
  year_to: 2024,
  ...over,
});

describe('an audit entry', () => {
  it('names the person, the post acted in and the acting appointment from the metadata', () => {
    const actor = {
      account: 'acc-1',
      name: 'Rahmat Hidayat',
      post: 'kepala-bkpsdm',
      acting: 'kepala-bkpsdm',
    };
    const entry = auditEntry(
      row({ metadata: { tenantId: 'kota-dumai', schemaVersion: 1, source: 'api', actor } }),
    );
    expect(entry).toMatchObject({
      actor: { account: 'acc-1', name: 'Rahmat Hidayat' },
      post: 'kepala-bkpsdm',
      acting: 'kepala-bkpsdm',
      occurredAt: '2024-09-23T00:00:00.000Z',
      recordedAt: '2026-11-20T01:02:03.004Z',
      fiscalYear: 2024,
      period: null,
    });
  });

  it('takes the reason and legal basis from the metadata, else from the event (a PK Perubahan’s own)', () => {
    const data = { amendment: 1, signedOn: '2024-09-23', reason: 'DPPA 2024', legalBasis: 'Perwako 45/2024' };
    expect(auditEntry(row({ data }))).toMatchObject({ reason: 'DPPA 2024', legalBasis: 'Perwako 45/2024' });
    const metadata = {
      tenantId: 'kota-dumai',
      schemaVersion: 1,
      source: 'api',
      reason: 'Koreksi',
    } as EventMetadata;
    expect(auditEntry(row({ type: 'RealizationCorrected', metadata, data: { reason: 'x' } })).reason).toBe(
      'Koreksi',
    );
  });

  it('finds a workflow step’s actor in its data when the metadata names none', () => {
    const by = { account: 'acc-2', name: 'Siti Aminah', post: 'plt-kepala-bkpsdm', acting: true };
    const entry = auditEntry(row({ type: 'StepApproved', data: { step: 0, by, note: 'Sesuai' } }));
    expect(entry).toMatchObject({
      actor: { account: 'acc-2', name: 'Siti Aminah' },
      post: 'plt-kepala-bkpsdm',
      acting: 'plt-kepala-bkpsdm',
      reason: 'Sesuai',
    });
  });

  it('gives a Renstra’s period instead of one fiscal year, and nothing for tenant-wide streams', () => {
    expect(auditEntry(row({ year_from: 2021, year_to: 2026 }))).toMatchObject({
      fiscalYear: null,
      period: '2021-2026',
    });
    expect(auditEntry(row({ agency: null, year_from: null, year_to: null }))).toMatchObject({
      agency: null,
      fiscalYear: null,
      period: null,
      actor: null,
    });
  });
});
