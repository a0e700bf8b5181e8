import { recordedEvent } from '@jejak/testing';
import { AgreementEvent } from '../domain/agreement.events';
import {
  dppaAmended,
  dppaBudget,
  drafted,
  ikuAmended,
  kepala,
  meritTarget,
  originalBudget,
  professionalismTarget,
  signed,
  waliKota,
} from '../testing/dumai-agreement';
import {
  agreementVersionsProjection,
  amendedRow,
  draftedRow,
  signedRow,
} from './agreement-versions.projection';

// The PK 2024 of BKPSDM Kota Dumai (fixtures/kota-dumai-bkpsdm-2024.json): 7.566.607.400 signed, 8.426.842.920 after the DPPA.
const stream = 'kota-dumai/agreement-bkpsdm-2024';
const recordedAt = new Date('2024-10-16T02:00:00.000Z');

const recorded = <E extends AgreementEvent>(
  event: E,
  streamPosition: number,
  occurredAt: Date | null = null,
) => recordedEvent(event, { tenantId: 'kota-dumai', stream, streamPosition, recordedAt, occurredAt });

const draftedAt0 = recorded(drafted, 0);
const signedAt1 = recorded(signed, 1, new Date('2024-01-31T00:00:00.000Z'));
const dppaAt2 = recorded(dppaAmended, 2, new Date('2024-09-23T00:00:00.000Z'));
const ikuAt3 = recorded(ikuAmended, 3, new Date('2024-10-15T00:00:00.000Z'));

const original = signedRow(draftedRow(null, draftedAt0), signedAt1)!;
const afterDppa = amendedRow(null, original, dppaAt2)!;

describe('the agreement versions projection', () => {
  it("writes the draft as version 0 of the agency's PK (party '')", () => {
    expect(draftedRow(null, draftedAt0)).toMatchObject({
      tenantId: 'kota-dumai',
      agency: 'bkpsdm',
      fiscalYear: 2024,
      party: '',
      version: 0,
      streamId: stream,
      status: 'drafted',
      signedOn: null,
      budgetTotal: '7566607400',
      revision: 0,
    });
  });

  it('completes version 0 with the signing date and signatories', () => {
    expect(original).toMatchObject({
      version: 0,
      status: 'signed',
      signedOn: '2024-01-31',
      firstParty: kepala,
      secondParty: waliKota,
      targets: [meritTarget],
      budget: originalBudget,
      changes: { targets: [], budget: [] },
      occurredAt: new Date('2024-01-31T00:00:00.000Z'),
      revision: 1,
    });
  });

  it('writes amendment 1 as version 1: the new budget in force, the targets kept, before → after', () => {
    expect(afterDppa).toMatchObject({
      version: 1,
      signedOn: '2024-09-23',
      reason: dppaAmended.data.reason,
      targets: [meritTarget],
      budget: dppaBudget,
      budgetTotal: '8426842920',
      changes: {
        targets: [],
        budget: [
          { program: '5.03.01', before: '6072466298', after: '6357723118' },
          { program: '5.03.02', before: '1315222698', after: '1890201398' },
        ],
      },
      revision: 2,
    });
  });

  it('leaves the earlier version untouched', () => {
    expect(original.budget).toEqual(originalBudget);
    expect(original.budgetTotal).toBe('7566607400');
  });

  it('writes amendment 2 on top of version 1', () => {
    expect(amendedRow(null, afterDppa, ikuAt3)).toMatchObject({
      version: 2,
      legalBasis: ikuAmended.data.legalBasis,
      targets: [meritTarget, professionalismTarget],
      budgetTotal: '8426842920',
      changes: {
        targets: [{ indicator: 'T1.1', before: null, after: { target: '70', fundedBy: ['5.03.02'] } }],
        budget: [],
      },
    });
  });

  it('changes nothing when an event is replayed', () => {
    const draftRow = draftedRow(null, draftedAt0);
    expect(draftedRow(draftRow, draftedAt0)).toBe(draftRow);
    expect(signedRow(original, signedAt1)).toBe(original);
    expect(draftedRow(original, draftedAt0)).toBe(original);
    expect(amendedRow(afterDppa, original, dppaAt2)).toBe(afterDppa);
  });

  it('refuses an amendment whose previous version is missing', () => {
    expect(() => amendedRow(null, null, ikuAt3)).toThrow('without version 1');
  });

  it('handles exactly the agreement events it writes rows for', () => {
    expect(agreementVersionsProjection.eventTypes).toEqual([
      'AgreementDrafted',
      'AgreementSigned',
      'AgreementAmended',
    ]);
  });
});
