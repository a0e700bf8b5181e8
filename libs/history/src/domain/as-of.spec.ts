import { AgreementState, agreementDecider } from '@jejak/agreements';
import { inForceBy, streamOf } from '../testing/recorded-events';
import { foldAsOf, readOptionsAsOf } from './as-of';

// Kota Dumai's PK 2024 (fixture): printed undated, amended by the DPPA on 23 September 2024.
const party = { position: 'Kepala BKPSDM', name: null, nip: null };
const budget = (amount: string) => [{ program: '5.03.01', amount }];
const pk = streamOf('agreement-bkpsdm-2024', [
  {
    type: 'AgreementDrafted',
    data: {
      agency: 'bkpsdm',
      fiscalYear: 2024,
      party: null,
      cascadedFrom: null,
      firstParty: party,
      secondParty: party,
      targets: [{ indicator: 'S1.1', target: '254', fundedBy: null }],
      budget: budget('6072466298'),
    },
    recordedAt: '2026-11-20T00:00:00.000Z',
  },
  {
    type: 'AgreementSigned',
    data: { signedOn: null, firstParty: party, secondParty: party },
    recordedAt: '2026-11-20T00:00:00.000Z',
  },
  {
    type: 'AgreementAmended',
    data: {
      amendment: 1,
      signedOn: '2024-09-23',
      reason: 'DPPA 2024',
      legalBasis: null,
      targets: null,
      budget: budget('6357723118'),
    },
    occurredAt: '2024-09-23T00:00:00.000Z',
    recordedAt: '2026-11-20T00:00:00.000Z',
  },
]);

describe('an as-of read', () => {
  it('asks the port for the recorded or the effective window', () => {
    const at = new Date('2024-10-01T00:00:00Z');
    expect(readOptionsAsOf({ axis: 'recorded', at })).toEqual({ recordedUpTo: at });
    expect(readOptionsAsOf({ axis: 'effective', at })).toEqual({ occurredUpTo: at });
  });
});

describe('folding a window of a stream on the effective axis', () => {
  it('holds back an amendment in force whose undated agreement is not yet (it counts from its recording)', () => {
    const window = inForceBy(pk, '2024-10-01T00:00:00Z');
    const folded = foldAsOf<AgreementState>(agreementDecider, window, 'effective');
    expect(folded.state.status).toBe('absent');
    expect(folded.applied).toEqual([]);
    expect(folded.heldBack).toEqual([
      expect.objectContaining({
        type: 'AgreementAmended',
        streamPosition: 2,
        occurredAt: '2024-09-23T00:00:00.000Z',
      }),
    ]);
  });

  it('folds the whole stream once everything is in force', () => {
    const folded = foldAsOf<AgreementState>(
      agreementDecider,
      inForceBy(pk, '2026-12-01T00:00:00Z'),
      'effective',
    );
    expect(folded.state.status).toBe('signed');
    expect(folded.heldBack).toEqual([]);
    expect(folded.applied).toHaveLength(3);
  });
});

describe('folding a window on the recorded axis', () => {
  it('throws on an event the state cannot take: a prefix of a stream the decider wrote cannot hold one', () => {
    expect(() => foldAsOf<AgreementState>(agreementDecider, [pk[2]], 'recorded')).toThrow(
      /AgreementAmended on a absent/,
    );
  });
});
