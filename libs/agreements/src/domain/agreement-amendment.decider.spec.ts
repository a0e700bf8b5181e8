import { deciderSpec } from '@jejak/testing';
import {
  amendCommand,
  dppaAmended,
  dppaBudget,
  dppaData,
  drafted,
  ikuAmended,
  ikuData,
  meritTarget,
  originalBudget,
  professionalismTarget,
  signed,
} from '../testing/dumai-agreement';
import { AgreementState, agreementDecider, versionInForce } from './agreement.decider';
import {
  AgreementNotFound,
  AgreementNotSigned,
  AmendmentChangesNothing,
  AmendmentConflict,
  AmendmentReasonRequired,
  AmendmentWithoutTerms,
  FundingProgramNotBudgeted,
} from './agreement.errors';
import { AgreementEvent } from './agreement.events';
import { budgetTotal } from './agreement.terms';

// PK Perubahan of BKPSDM Kota Dumai 2024 (DPPA of 2024-09-23): budget 7.566.607.400 → 8.426.842.920.
const spec = deciderSpec(agreementDecider);
const fold = (events: AgreementEvent[]): AgreementState =>
  events.reduce(agreementDecider.evolve, agreementDecider.initialState());

describe('amending an agreement', () => {
  it('is refused before it is signed', () => {
    spec.given([drafted]).when(amendCommand()).thenThrows(AgreementNotSigned, 'AGREEMENT.NOT_SIGNED');
  });

  it('is refused for an agreement never drafted', () => {
    spec.given([]).when(amendCommand()).thenThrows(AgreementNotFound, 'AGREEMENT.NOT_FOUND');
  });

  it('records a new budget as amendment 1, with its date and reason', () => {
    spec.given([drafted, signed]).when(amendCommand()).then([dppaAmended]);
  });

  it('numbers the next amendment 2', () => {
    spec.given([drafted, signed, dppaAmended]).when(amendCommand(ikuData)).then([ikuAmended]);
  });

  it.each([[''], ['   ']])('is refused without a reason (%p)', (reason) => {
    spec
      .given([drafted, signed])
      .when(amendCommand({ reason }))
      .thenThrows(AmendmentReasonRequired, 'AGREEMENT.REASON_REQUIRED');
  });

  it('is refused when it carries neither targets nor budget', () => {
    spec
      .given([drafted, signed])
      .when(amendCommand({ budget: null }))
      .thenThrows(AmendmentWithoutTerms, 'AGREEMENT.AMENDMENT_EMPTY');
  });

  it('is refused when it leaves the targets and budget in force as they are', () => {
    const same = amendCommand({ targets: [meritTarget], budget: [...originalBudget].reverse() });
    spec
      .given([drafted, signed])
      .when(same)
      .thenThrows(AmendmentChangesNothing, 'AGREEMENT.AMENDMENT_CHANGES_NOTHING');
  });

  it('is refused when its budget drops a program that funds a target in force', () => {
    const budget = dppaBudget.filter((line) => line.program !== '5.04.02');
    spec
      .given([drafted, signed])
      .when(amendCommand({ budget }))
      .thenThrows(FundingProgramNotBudgeted, 'AGREEMENT.FUNDING_NOT_BUDGETED');
  });
});

describe('an amendment already recorded', () => {
  it('sent again is a re-send: no events', () => {
    spec.given([drafted, signed, dppaAmended]).when(amendCommand()).thenNothing();
    spec.given([drafted, signed, dppaAmended, ikuAmended]).when(amendCommand()).thenNothing();
  });

  it('sent again with both lists, as a document carries them, is still a re-send', () => {
    spec
      .given([drafted, signed, dppaAmended])
      .when(amendCommand({ targets: [meritTarget] }))
      .thenNothing();
  });

  it('sent again under its number (an import) is a re-send; with other terms, a conflict', () => {
    spec
      .given([drafted, signed, dppaAmended])
      .when(amendCommand({ amendment: 1 }))
      .thenNothing();
    const other = amendCommand({ amendment: 1, reason: 'Perubahan Anggaran' });
    spec
      .given([drafted, signed, dppaAmended])
      .when(other)
      .thenThrows(AmendmentConflict, 'AGREEMENT.AMENDMENT_CONFLICT');
  });

  it('cannot be skipped: amendment 2 before amendment 1 is refused', () => {
    spec
      .given([drafted, signed])
      .when(amendCommand({ ...ikuData, amendment: 2 }))
      .thenThrows(AmendmentConflict);
  });
});

describe('the version history', () => {
  const state = fold([drafted, signed, dppaAmended, ikuAmended]);
  const versions = state.status === 'signed' ? state.versions : [];

  it('keeps every version: the original as signed, then one per amendment', () => {
    expect(versions.map((v) => [v.version, v.signedOn, v.reason])).toEqual([
      [0, '2024-01-31', null],
      [1, '2024-09-23', dppaData.reason],
      [2, '2024-10-15', ikuData.reason],
    ]);
  });

  it('holds the budget in force in each version: 7.566.607.400 signed, 8.426.842.920 after the DPPA', () => {
    expect(versions.map((v) => budgetTotal(v.budget))).toEqual(['7566607400', '8426842920', '8426842920']);
  });

  it('says what each amendment changed, before → after', () => {
    expect(versions[0].changes).toEqual({ targets: [], budget: [] });
    expect(versions[1].changes).toEqual({
      targets: [],
      budget: [
        { program: '5.03.01', before: '6072466298', after: '6357723118' },
        { program: '5.03.02', before: '1315222698', after: '1890201398' },
      ],
    });
    expect(versions[2].changes).toEqual({
      targets: [{ indicator: 'T1.1', before: null, after: { target: '70', fundedBy: ['5.03.02'] } }],
      budget: [],
    });
    expect(versions[2].legalBasis).toBe(ikuData.legalBasis);
  });

  it('keeps the list an amendment does not carry', () => {
    expect(versions[1].targets).toEqual([meritTarget]);
    expect(versions[2].budget).toEqual(dppaBudget);
    expect(versionInForce(state)?.targets).toEqual([meritTarget, professionalismTarget]);
  });

  it('shows a removed target as after null', () => {
    const third = {
      ...ikuAmended,
      data: { ...ikuAmended.data, amendment: 3, targets: [professionalismTarget] },
    };
    const dropped = fold([drafted, signed, dppaAmended, ikuAmended, third]);
    expect(versionInForce(dropped)?.changes.targets).toEqual([
      { indicator: 'S1.1', before: { target: '254', fundedBy: ['5.03.02', '5.04.02'] }, after: null },
    ]);
  });

  it('refuses an amendment event on an unsigned agreement as a corrupt stream', () => {
    expect(() => fold([drafted, dppaAmended])).toThrow('AgreementAmended on a drafted agreement');
  });
});
