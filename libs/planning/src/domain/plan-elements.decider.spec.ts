import { DomainError } from '@jejak/eventstore';
import { deciderSpec } from '@jejak/testing';
import { BudgetCodeTaken, CodeNotUnderParent, DefinedDifferently, UnknownReference } from './planning.errors';
import { renstraDecider } from './renstra.decider';
import {
  activityDefined,
  adopted,
  dataKepegawaian,
  define,
  goalDefined,
  indicatorDefined,
  k211,
  kepegawaian,
  objectiveDefined,
  pengadaan,
  planTree,
  programDefined,
  s1,
  subActivityDefined,
  t1,
  t11,
} from './renstra.spec-data';

const spec = deciderSpec(renstraDecider);

function refusalOf(run: () => unknown): DomainError {
  try {
    run();
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a refusal');
}
const decide =
  (events: Parameters<typeof renstraDecider.evolve>[1][], command: ReturnType<typeof define>) => () =>
    renstraDecider.decide(command, events.reduce(renstraDecider.evolve, renstraDecider.initialState()));

describe('goals and objectives (tujuan, sasaran)', () => {
  it('defines a goal, and an objective under an existing goal', () => {
    spec
      .given([adopted])
      .when(define({ goals: [t1] }))
      .then([goalDefined(t1)]);
    spec
      .given([adopted, goalDefined(t1)])
      .when(define({ objectives: [s1] }))
      .then([objectiveDefined(s1)]);
  });

  it('refuses an objective under a goal the plan does not have', () => {
    spec
      .given([adopted])
      .when(define({ objectives: [s1] }))
      .thenThrows(UnknownReference, 'PLANNING.UNKNOWN_GOAL');
  });

  it('records nothing when the same goal is defined again, and refuses it different (422)', () => {
    spec
      .given([adopted, goalDefined(t1)])
      .when(define({ goals: [t1] }))
      .thenNothing();
    const other = { ...t1, statement: 'Meningkatnya profesionalitas ASN' };
    spec
      .given([adopted, goalDefined(t1)])
      .when(define({ goals: [other] }))
      .thenThrows(DefinedDifferently, 'PLANNING.DEFINED_DIFFERENTLY');
  });

  it('names the field that differs, as a path into the command', () => {
    const other = { ...s1, goal: 'T2' };
    const error = refusalOf(
      decide([adopted, goalDefined(t1), objectiveDefined(s1)], define({ objectives: [other] })),
    );
    expect([error.status, error.fields]).toEqual([422, ['objectives[0].goal']]);
  });
});

describe('programs, kegiatan and sub kegiatan', () => {
  const upToObjective = planTree.slice(0, 3);

  it('defines a program serving existing objectives', () => {
    spec
      .given(upToObjective)
      .when(define({ programs: [kepegawaian] }))
      .then([programDefined(kepegawaian)]);
  });

  it('refuses a program serving an objective the plan does not have, naming it', () => {
    const program = { ...kepegawaian, objectives: ['S1', 'S9'] };
    spec
      .given(upToObjective)
      .when(define({ programs: [program] }))
      .thenThrows(UnknownReference, 'PLANNING.UNKNOWN_OBJECTIVE');
    expect(refusalOf(decide(upToObjective, define({ programs: [program] }))).fields).toEqual([
      'programs[0].objectives[1]',
    ]);
  });

  it('defines a kegiatan under an existing program, with its owning unit or none', () => {
    const upToProgram = planTree.slice(0, 4);
    spec
      .given(upToProgram)
      .when(define({ activities: [pengadaan] }))
      .then([activityDefined(pengadaan)]);
    const unowned = { ...pengadaan, unit: null };
    spec
      .given(upToProgram)
      .when(define({ activities: [unowned] }))
      .then([activityDefined(unowned)]);
  });

  it('refuses a kegiatan of a program the plan does not have', () => {
    spec
      .given(upToObjective)
      .when(define({ activities: [pengadaan] }))
      .thenThrows(UnknownReference, 'PLANNING.UNKNOWN_PROGRAM');
  });

  it("refuses a kegiatan whose code is not under its program's code", () => {
    const elsewhere = { ...pengadaan, code: '5.04.02.2.01' };
    spec
      .given(planTree.slice(0, 4))
      .when(define({ activities: [elsewhere] }))
      .thenThrows(CodeNotUnderParent, 'PLANNING.CODE_NOT_UNDER_PARENT');
  });

  it('defines a sub kegiatan under an existing kegiatan, its code under the kegiatan code', () => {
    spec
      .given(planTree.slice(0, 5))
      .when(define({ subActivities: [dataKepegawaian] }))
      .then([subActivityDefined(dataKepegawaian)]);
    const elsewhere = { ...dataKepegawaian, code: '5.03.01.2.01.0011' };
    spec
      .given(planTree.slice(0, 5))
      .when(define({ subActivities: [elsewhere] }))
      .thenThrows(CodeNotUnderParent);
    spec
      .given(planTree.slice(0, 4))
      .when(define({ subActivities: [dataKepegawaian] }))
      .thenThrows(UnknownReference, 'PLANNING.UNKNOWN_ACTIVITY');
  });

  it('keeps programs, kegiatan and sub kegiatan codes in one namespace, as budget data names them', () => {
    const asProgram = { ...kepegawaian, code: '5.03.02.2.01' };
    spec
      .given(planTree)
      .when(define({ programs: [asProgram] }))
      .thenThrows(BudgetCodeTaken, 'PLANNING.BUDGET_CODE_TAKEN');
    const asActivity = { ...pengadaan, code: '5.03.02.2.01.0011' };
    spec
      .given(planTree)
      .when(define({ activities: [asActivity] }))
      .thenThrows(BudgetCodeTaken);
  });

  it('records nothing when the same tree is defined again, and refuses a kegiatan moved to another unit', () => {
    spec
      .given(planTree)
      .when(define({ programs: [kepegawaian], activities: [pengadaan], subActivities: [dataKepegawaian] }))
      .thenNothing();
    const moved = { ...pengadaan, unit: 'bidang-mutasi-kepangkatan' };
    spec
      .given(planTree)
      .when(define({ activities: [moved] }))
      .thenThrows(DefinedDifferently);
  });
});

describe('defining a whole plan in one command', () => {
  const whole = define({
    indicators: [t11, k211],
    subActivities: [dataKepegawaian],
    activities: [pengadaan],
    programs: [kepegawaian],
    objectives: [s1],
    goals: [t1],
  });

  it('decides goals, objectives, programs, kegiatan, sub kegiatan, then indicators, in one append', () => {
    spec
      .given([adopted])
      .when(whole)
      .then([...planTree.slice(1), indicatorDefined(t11), indicatorDefined(k211)]);
  });

  it('records nothing when the same plan comes again (re-importing a document appends nothing)', () => {
    spec
      .given([...planTree, indicatorDefined(t11), indicatorDefined(k211)])
      .when(whole)
      .thenNothing();
  });

  it('records the new parts only, when part of the plan is already there', () => {
    spec
      .given(planTree)
      .when(whole)
      .then([indicatorDefined(t11), indicatorDefined(k211)]);
  });

  it('refuses the whole command when one part is refused, naming that part', () => {
    const orphan = { ...k211, parent: '5.03.02.2.09' };
    const error = refusalOf(decide([adopted], define({ ...whole.data, indicators: [t11, orphan] })));
    expect([error.code, error.fields]).toEqual(['PLANNING.UNKNOWN_ACTIVITY', ['indicators[1].parent']]);
  });
});
