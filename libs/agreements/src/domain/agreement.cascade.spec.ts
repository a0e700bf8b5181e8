import { deciderSpec } from '@jejak/testing';
import { dppaAmended, draftCommand, draftData, drafted, signed } from '../testing/dumai-agreement';
import { assertCascadeFits } from './agreement.cascade';
import { AgreementState, DraftAgreementData, agreementDecider } from './agreement.decider';
import { CascadeOutsideParent, InvalidCascade } from './agreement.errors';
import { AgreementEvent } from './agreement.events';

// Bidang Mutasi dan Kepangkatan of BKPSDM Kota Dumai (fixtures/kota-dumai-bkpsdm-2024.json): kegiatan
// 5.03.02.2.02 with its 950 documents (K2.2.1) and its DPPA allocation of 279.895.373 in program 5.03.02.
const fold = (events: AgreementEvent[]): AgreementState =>
  events.reduce(agreementDecider.evolve, agreementDecider.initialState());
const bidangMutasi: DraftAgreementData = {
  ...draftData,
  party: 'bidang-mutasi-kepangkatan',
  cascadedFrom: null,
  firstParty: { position: 'Kepala Bidang Mutasi dan Kepangkatan', name: null, nip: null },
  secondParty: draftData.firstParty,
  targets: [{ indicator: 'K2.2.1', target: '950', fundedBy: ['5.03.02'] }],
  budget: [{ program: '5.03.02', amount: '279895373' }],
};
const refusalOf = (parent: AgreementEvent[], data: DraftAgreementData) => {
  try {
    assertCascadeFits(fold(parent), data);
  } catch (error) {
    return error as CascadeOutsideParent;
  }
  return null;
};

describe('a PK cascaded to a unit', () => {
  it('is drafted in its own stream with its party and the PK it is cascaded from', () => {
    deciderSpec(agreementDecider)
      .given([])
      .when(draftCommand(bidangMutasi))
      .then([{ type: 'AgreementDrafted', data: bidangMutasi }]);
  });

  it('fits a drafted or signed parent whose budget holds its programs', () => {
    expect(refusalOf([drafted], bidangMutasi)).toBeNull();
    expect(refusalOf([drafted, signed], bidangMutasi)).toBeNull();
  });

  it('does not compare its targets with the parent: a unit agrees on its kegiatan outputs', () => {
    expect(bidangMutasi.targets.some((t) => draftData.targets.some((p) => p.indicator === t.indicator))).toBe(
      false,
    );
    expect(refusalOf([drafted], bidangMutasi)).toBeNull();
  });

  it('is refused without a parent to cascade from', () => {
    expect(refusalOf([], bidangMutasi)).toBeInstanceOf(InvalidCascade);
  });

  it('is refused a program outside the parent budget, naming the line', () => {
    const budget = [{ program: '5.03.03', amount: '279895373' }];
    const error = refusalOf([drafted], { ...bidangMutasi, budget });
    expect([error?.code, error?.fields]).toEqual(['AGREEMENT.CASCADE_OUTSIDE_PARENT', ['budget[0].program']]);
  });

  it("is refused more than the parent's amount in force: 1.890.201.398 before the DPPA raised 5.03.02 to it", () => {
    const budget = [{ program: '5.03.02', amount: '1890201398' }];
    expect(refusalOf([drafted, signed], { ...bidangMutasi, budget })?.fields).toEqual(['budget[0].amount']);
    expect(refusalOf([drafted, signed, dppaAmended], { ...bidangMutasi, budget })).toBeNull();
  });
});
