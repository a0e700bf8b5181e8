import { deciderSpec, specMetadata } from '@jejak/testing';
import { AmendRenstraCommand } from '../amend-renstra/amend-renstra.command';
import {
  AdoptedAfterPeriod,
  AmendmentConflict,
  AmendmentOutOfTime,
  AmendmentWithoutReason,
  InvalidPeriod,
  RenstraAlreadyAdopted,
  RenstraNotFound,
} from './planning.errors';
import { RenstraAdopted, RenstraAmended } from './planning.events';
import { AmendRenstraData } from './renstra.commands';
import { renstraDecider } from './renstra.decider';
import { adopt, adopted, define, dumai, recordHistory, revise, t1, old1In2022 } from './renstra.spec-data';

const spec = deciderSpec(renstraDecider);

// The Perubahan Renstra of the Dumai LKjIP 2024: four IKUs replaced by the Indeks Sistem Merit.
const perubahan: AmendRenstraData = {
  ...dumai,
  amendedOn: '2024-03-01',
  reason: 'Penyesuaian indikator kinerja utama dengan Indeks Sistem Merit',
  legalBasis: null,
  title: null,
};
const amend = (data: Partial<AmendRenstraData> = {}) =>
  new AmendRenstraCommand({ ...perubahan, ...data }, specMetadata());
const amended: RenstraAmended = {
  type: 'RenstraAmended',
  data: { title: null, amendedOn: '2024-03-01', reason: perubahan.reason, legalBasis: null },
};
// Kota Dumai's plan as first adopted, before its amendment.
const adoptedIn2021: RenstraAdopted = { ...adopted, data: { ...adopted.data, adoptedOn: '2021-08-16' } };

describe('a Renstra not adopted yet', () => {
  it('is adopted with its title, period and adoption date', () => {
    spec.given([]).when(adopt()).then([adopted]);
  });

  it('may be adopted undated, as an imported document may leave the date out', () => {
    const undated: RenstraAdopted = { ...adopted, data: { ...adopted.data, adoptedOn: null } };
    spec
      .given([])
      .when(adopt({ adoptedOn: null }))
      .then([undated]);
  });

  it('refuses a period that does not run forward', () => {
    spec
      .given([])
      .when(adopt({ period: { from: 2026, to: 2021 } }))
      .thenThrows(InvalidPeriod, 'PLANNING.INVALID_PERIOD');
    spec
      .given([])
      .when(adopt({ period: { from: 2021, to: 2021 } }))
      .thenThrows(InvalidPeriod);
  });

  it('covers at most six fiscal years (2021–2026), never seven', () => {
    // Kota Bontang's Renstra 2016–2021 (test/fixtures/kota-bontang-bkpsdm-2020.json).
    const bontang = { period: { from: 2016, to: 2021 }, adoptedOn: null };
    spec
      .given([])
      .when(adopt(bontang))
      .then([{ ...adopted, data: { ...adopted.data, ...bontang } }]);
    spec
      .given([])
      .when(adopt({ period: { from: 2021, to: 2027 } }))
      .thenThrows(InvalidPeriod);
  });

  it('refuses an adoption dated after its period ends', () => {
    spec
      .given([])
      .when(adopt({ adoptedOn: '2027-01-04' }))
      .thenThrows(AdoptedAfterPeriod, 'PLANNING.ADOPTED_AFTER_PERIOD');
  });

  it('refuses amendments, definitions, revisions and history: there is no plan to change (404)', () => {
    spec.given([]).when(amend()).thenThrows(RenstraNotFound, 'PLANNING.RENSTRA_NOT_FOUND');
    spec
      .given([])
      .when(define({ goals: [t1] }))
      .thenThrows(RenstraNotFound);
    spec
      .given([])
      .when(revise('T1.1', { name: 'x' }))
      .thenThrows(RenstraNotFound);
    spec.given([]).when(recordHistory(old1In2022)).thenThrows(RenstraNotFound);
    expect(new RenstraNotFound('bkpsdm', '2021-2026').status).toBe(404);
  });
});

describe('an adopted Renstra', () => {
  it('records nothing when the same adoption comes again (a re-import)', () => {
    spec.given([adopted]).when(adopt()).thenNothing();
  });

  it('refuses a different adoption of the same period: it is amended, not adopted twice', () => {
    spec
      .given([adopted])
      .when(adopt({ title: 'Renstra BKPSDM Kota Dumai 2021-2026' }))
      .thenThrows(RenstraAlreadyAdopted, 'PLANNING.RENSTRA_ALREADY_ADOPTED');
  });

  it('is amended with a date, a reason and an optional legal basis', () => {
    spec.given([adoptedIn2021]).when(amend()).then([amended]);
    const withBasis = amend({
      legalBasis: 'Peraturan Wali Kota Dumai',
      title: 'Perubahan Renstra BKPSDM Kota Dumai 2021-2026',
    });
    const legalBasis = 'Peraturan Wali Kota Dumai';
    spec
      .given([adoptedIn2021])
      .when(withBasis)
      .then([{ ...amended, data: { ...amended.data, legalBasis, title: withBasis.data.title } }]);
  });

  it('refuses an amendment without a reason', () => {
    spec
      .given([adoptedIn2021])
      .when(amend({ reason: '  ' }))
      .thenThrows(AmendmentWithoutReason, 'PLANNING.AMENDMENT_REASON_REQUIRED');
  });

  it('refuses an amendment outside its period or before its adoption', () => {
    spec
      .given([adoptedIn2021])
      .when(amend({ amendedOn: '2027-02-01' }))
      .thenThrows(AmendmentOutOfTime, 'PLANNING.AMENDMENT_OUT_OF_TIME');
    spec
      .given([adoptedIn2021])
      .when(amend({ amendedOn: '2021-08-15' }))
      .thenThrows(AmendmentOutOfTime);
  });

  it('records nothing when the same amendment comes again, and refuses it changed', () => {
    spec.given([adoptedIn2021, amended]).when(amend()).thenNothing();
    spec
      .given([adoptedIn2021, amended])
      .when(amend({ legalBasis: 'Perwako 12/2024' }))
      .thenThrows(AmendmentConflict, 'PLANNING.AMENDMENT_CONFLICT');
  });

  it('may be amended again, for another reason', () => {
    const again = amend({ amendedOn: '2025-02-10', reason: 'Penyesuaian dengan RPJMD 2025-2029' });
    spec
      .given([adoptedIn2021, amended])
      .when(again)
      .then([{ ...amended, data: { ...amended.data, amendedOn: '2025-02-10', reason: again.data.reason } }]);
  });
});
