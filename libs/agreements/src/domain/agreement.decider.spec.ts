import { deciderSpec, specMetadata } from '@jejak/testing';
import { SignAgreementCommand } from '../sign-agreement/sign-agreement.command';
import {
  draftCommand,
  draftData,
  drafted,
  kepala,
  meritTarget,
  originalBudget,
  signCommand,
  signed,
  waliKota,
} from '../testing/dumai-agreement';
import { agreementDecider } from './agreement.decider';
import {
  AgreementAlreadyDrafted,
  AgreementAlreadySigned,
  AgreementNotFound,
  DuplicateIndicator,
  DuplicateProgram,
  FundingProgramNotBudgeted,
  InvalidAmount,
  InvalidCascade,
  InvalidDate,
  InvalidTarget,
  NoTargets,
} from './agreement.errors';

// The PK 2024 of BKPSDM Kota Dumai (fixtures/kota-dumai-bkpsdm-2024.json): S1.1 = 254, budget 7.566.607.400.
const spec = deciderSpec(agreementDecider);

function refusal(fn: () => unknown): { code: string; fields: readonly string[] } {
  try {
    fn();
  } catch (error) {
    return error as { code: string; fields: readonly string[] };
  }
  throw new Error('expected a refusal');
}
const decideOn = (command: Parameters<typeof agreementDecider.decide>[0]) => () =>
  agreementDecider.decide(command, agreementDecider.initialState());

describe('an agreement not drafted yet', () => {
  it('is drafted with its parties, targets and budget per program', () => {
    spec.given([]).when(draftCommand()).then([drafted]);
  });

  it('records targets and amounts in one spelling: 254.0 is 254, 0178918404 is 178918404', () => {
    const targets = [{ ...meritTarget, target: '254.0' }];
    const budget = [originalBudget[0], originalBudget[1], { program: '5.04.02', amount: '0178918404' }];
    spec.given([]).when(draftCommand({ targets, budget })).then([drafted]);
  });

  it('fills in the absent name and NIP of a party as null', () => {
    spec
      .given([])
      .when(
        draftCommand({
          firstParty: { position: kepala.position },
          secondParty: { position: waliKota.position },
        }),
      )
      .then([drafted]);
  });

  it('may leave fundedBy null: funded by all its programs (interchange README)', () => {
    const targets = [{ ...meritTarget, fundedBy: null }];
    spec
      .given([])
      .when(draftCommand({ targets }))
      .then([{ type: 'AgreementDrafted', data: { ...draftData, targets } }]);
  });

  it('refuses a target funded by a program outside its budget, naming the path', () => {
    const targets = [{ ...meritTarget, fundedBy: ['5.03.02', '5.03.03'] }];
    const error = refusal(decideOn(draftCommand({ targets })));
    expect(error).toBeInstanceOf(FundingProgramNotBudgeted);
    expect([error.code, error.fields]).toEqual([
      'AGREEMENT.FUNDING_NOT_BUDGETED',
      ['targets[0].fundedBy[1]'],
    ]);
  });

  it('refuses two targets for one indicator', () => {
    const error = refusal(
      decideOn(draftCommand({ targets: [meritTarget, { ...meritTarget, target: '255' }] })),
    );
    expect(error).toBeInstanceOf(DuplicateIndicator);
    expect(error.fields).toEqual(['targets[1].indicator']);
  });

  it('refuses two budget lines for one program', () => {
    const error = refusal(decideOn(draftCommand({ budget: [...originalBudget, originalBudget[0]] })));
    expect(error).toBeInstanceOf(DuplicateProgram);
    expect(error.fields).toEqual(['budget[3].program']);
  });

  it.each([['-1'], ['1315222698.5'], ['1e9'], ['1000000000000000']])(
    'refuses the amount %p: whole non-negative rupiah only',
    (amount) => {
      const error = refusal(
        decideOn(
          draftCommand({
            budget: [{ program: '5.03.01', amount }],
            targets: [{ ...meritTarget, fundedBy: null }],
          }),
        ),
      );
      expect(error).toBeInstanceOf(InvalidAmount);
      expect(error.fields).toEqual(['budget[0].amount']);
    },
  );

  it.each([['tinggi'], [''], ['Infinity']])('refuses the target %p: a finite decimal only', (target) => {
    spec
      .given([])
      .when(draftCommand({ targets: [{ ...meritTarget, target }] }))
      .thenThrows(InvalidTarget, 'AGREEMENT.INVALID_TARGET');
  });

  it('refuses an agreement without targets', () => {
    spec
      .given([])
      .when(draftCommand({ targets: [] }))
      .thenThrows(NoTargets, 'AGREEMENT.NO_TARGETS');
  });

  it('refuses the agency PK cascaded from another, and a PK cascaded from itself', () => {
    spec
      .given([])
      .when(draftCommand({ cascadedFrom: 'sekretariat' }))
      .thenThrows(InvalidCascade, 'AGREEMENT.INVALID_CASCADE');
    const self = { party: 'sekretariat', cascadedFrom: 'sekretariat' };
    spec.given([]).when(draftCommand(self)).thenThrows(InvalidCascade, 'AGREEMENT.INVALID_CASCADE');
  });

  it('cannot be signed', () => {
    spec.given([]).when(signCommand()).thenThrows(AgreementNotFound, 'AGREEMENT.NOT_FOUND');
  });
});

describe('a drafted agreement', () => {
  it('refuses a second draft with other terms', () => {
    const targets = [{ ...meritTarget, target: '255' }];
    spec
      .given([drafted])
      .when(draftCommand({ targets }))
      .thenThrows(AgreementAlreadyDrafted, 'AGREEMENT.ALREADY_DRAFTED');
  });

  it('takes the same draft again as a re-send: no events', () => {
    spec.given([drafted]).when(draftCommand()).thenNothing();
  });

  it('is signed on the date of the document, by the drafted parties', () => {
    spec.given([drafted]).when(signCommand()).then([signed]);
  });

  it('records an undated signature as undated (Kota Bontang 2020 prints no date)', () => {
    spec
      .given([drafted])
      .when(signCommand({ signedOn: null }))
      .then([{ type: 'AgreementSigned', data: { ...signed.data, signedOn: null } }]);
  });

  it('records who signed when it is not the drafted first party (a Plt.)', () => {
    const plt = {
      position: 'Plt. Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Dumai',
      name: null,
      nip: null,
    };
    spec
      .given([drafted])
      .when(signCommand({ firstParty: plt }))
      .then([{ type: 'AgreementSigned', data: { ...signed.data, firstParty: plt } }]);
  });

  it('refuses a date that is not a calendar date', () => {
    spec
      .given([drafted])
      .when(signCommand({ signedOn: '2024-02-30' }))
      .thenThrows(InvalidDate, 'AGREEMENT.INVALID_DATE');
  });
});

describe('a signed agreement', () => {
  it('refuses a second signature on another date', () => {
    spec
      .given([drafted, signed])
      .when(signCommand({ signedOn: '2024-02-01' }))
      .thenThrows(AgreementAlreadySigned, 'AGREEMENT.ALREADY_SIGNED');
  });

  it('takes the same signature again as a re-send: no events', () => {
    spec.given([drafted, signed]).when(signCommand()).thenNothing();
    const imported = new SignAgreementCommand(
      { ...signCommand().data },
      specMetadata({ source: 'import', occurredAt: '2024-01-31' }),
    );
    spec.given([drafted, signed]).when(imported).thenNothing();
  });

  it('still takes its original draft as a re-send, and refuses another', () => {
    spec.given([drafted, signed]).when(draftCommand()).thenNothing();
    spec
      .given([drafted, signed])
      .when(draftCommand({ budget: originalBudget.slice(1), targets: [{ ...meritTarget, fundedBy: null }] }))
      .thenThrows(AgreementAlreadyDrafted);
  });
});
