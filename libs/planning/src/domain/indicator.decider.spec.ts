import { DomainError } from '@jejak/eventstore';
import { deciderSpec } from '@jejak/testing';
import {
  DefinedDifferently,
  IndicatorReplacesItself,
  InvalidDecimal,
  ReplacedBeforeInForce,
  TargetOutsideValidity,
  UnknownReference,
  ValidityOutsidePeriod,
} from './planning.errors';
import { IndicatorDefinition, IndicatorReplaced, PlanningEvent } from './planning.events';
import { renstraDecider } from './renstra.decider';
import { define, indicatorDefined, k211, planTree, s11, sk2151, t11 } from './renstra.spec-data';

const spec = deciderSpec(renstraDecider);
const refusalOf = (
  given: PlanningEvent[],
  command: Parameters<typeof renstraDecider.decide>[0],
): DomainError => {
  try {
    renstraDecider.decide(command, given.reduce(renstraDecider.evolve, renstraDecider.initialState()));
  } catch (error) {
    return error as DomainError;
  }
  throw new Error('expected a refusal');
};

// One of the four IKUs the Perubahan Renstra replaced from 2024 (its 2022–2023 targets: history of the fixture).
const old1: IndicatorDefinition = {
  ...s11,
  code: 'OLD.1',
  name: 'Persentase pelayanan kepegawaian yang diselesaikan tepat waktu',
  unit: '%',
  definition: null,
  dataSource: null,
  baseline: null,
  targets: { '2022': '100', '2023': '100' },
  validFrom: null,
  replaces: [],
};
const replaced = (code: string, replacedBy: string, validTo: number): IndicatorReplaced => ({
  type: 'IndicatorReplaced',
  data: { code, replacedBy, validTo },
});

describe('defining an indicator', () => {
  it('places it under an existing goal, objective, program, kegiatan or sub kegiatan', () => {
    spec
      .given(planTree)
      .when(define({ indicators: [t11] }))
      .then([indicatorDefined(t11)]);
    spec
      .given(planTree)
      .when(define({ indicators: [k211] }))
      .then([indicatorDefined(k211)]);
    spec
      .given(planTree)
      .when(define({ indicators: [sk2151] }))
      .then([indicatorDefined(sk2151)]);
  });

  it('refuses a parent the plan does not have at that level', () => {
    spec
      .given(planTree)
      .when(define({ indicators: [{ ...t11, level: 'objective' }] }))
      .thenThrows(UnknownReference, 'PLANNING.UNKNOWN_OBJECTIVE');
  });

  it('records nothing when the same indicator is defined again, and refuses another definition of its code', () => {
    spec
      .given([...planTree, indicatorDefined(t11)])
      .when(define({ indicators: [t11] }))
      .thenNothing();
    const error = refusalOf(
      [...planTree, indicatorDefined(t11)],
      define({ indicators: [{ ...t11, unit: '%' }] }),
    );
    expect(error).toBeInstanceOf(DefinedDifferently);
    expect([error.status, error.code, error.fields]).toEqual([
      422,
      'PLANNING.DEFINED_DIFFERENTLY',
      ['indicators[0].unit'],
    ]);
  });

  it('records decimals in one spelling, so 70, "70.0" and "7e1" are the same target', () => {
    const spelled = {
      ...t11,
      targets: { ...t11.targets, '2024': '70.0', '2026': '7.6e1' },
      baseline: { year: 2021, value: '60.710' },
    };
    spec
      .given(planTree)
      .when(define({ indicators: [spelled] }))
      .then([indicatorDefined(t11)]);
    spec
      .given([...planTree, indicatorDefined(t11)])
      .when(define({ indicators: [spelled] }))
      .thenNothing();
  });

  it('refuses a target that is not a decimal number', () => {
    const bad = { ...t11, targets: { '2024': '70,5' } };
    spec
      .given(planTree)
      .when(define({ indicators: [bad] }))
      .thenThrows(InvalidDecimal, 'PLANNING.INVALID_DECIMAL');
  });

  it("refuses a validity outside the plan's period, or running backwards", () => {
    spec
      .given(planTree)
      .when(define({ indicators: [{ ...t11, validFrom: 2020 }] }))
      .thenThrows(ValidityOutsidePeriod, 'PLANNING.VALIDITY_OUTSIDE_PERIOD');
    spec
      .given(planTree)
      .when(define({ indicators: [{ ...t11, validTo: 2027 }] }))
      .thenThrows(ValidityOutsidePeriod);
    spec
      .given(planTree)
      .when(define({ indicators: [{ ...s11, replaces: [], validTo: 2023 }] }))
      .thenThrows(ValidityOutsidePeriod);
  });

  it('refuses a target for a year the indicator is not in force, naming the year', () => {
    const afterPeriod = { ...t11, targets: { ...t11.targets, '2027': '78' } };
    spec
      .given(planTree)
      .when(define({ indicators: [afterPeriod] }))
      .thenThrows(TargetOutsideValidity, 'PLANNING.TARGET_OUTSIDE_VALIDITY');
    const beforeValidity = { ...s11, targets: { ...s11.targets, '2023': '250' } };
    expect(refusalOf(planTree, define({ indicators: [beforeValidity] })).fields).toEqual([
      'indicators[0].targets.2023',
    ]);
  });
});

describe('an indicator that replaces others', () => {
  it('may replace indicators of an earlier plan, known only from history', () => {
    spec
      .given(planTree)
      .when(define({ indicators: [s11] }))
      .then([indicatorDefined(s11)]);
  });

  it("ends a replaced indicator of this plan the year before its successor's first year", () => {
    spec
      .given([...planTree, indicatorDefined(old1)])
      .when(define({ indicators: [s11] }))
      .then([indicatorDefined(s11), replaced('OLD.1', 'S1.1', 2023)]);
  });

  it('ends the predecessor also when it is defined after its successor', () => {
    spec
      .given([...planTree, indicatorDefined(s11)])
      .when(define({ indicators: [old1] }))
      .then([indicatorDefined(old1), replaced('OLD.1', 'S1.1', 2023)]);
  });

  it('keeps an earlier end of the predecessor, and still records the succession', () => {
    const endedIn2022 = { ...old1, validTo: 2022, targets: { '2022': '100' } };
    spec
      .given([...planTree, indicatorDefined(endedIn2022)])
      .when(define({ indicators: [s11] }))
      .then([indicatorDefined(s11), replaced('OLD.1', 'S1.1', 2022)]);
  });

  it('records the succession once: defining either again records nothing', () => {
    const given = [
      ...planTree,
      indicatorDefined(old1),
      indicatorDefined(s11),
      replaced('OLD.1', 'S1.1', 2023),
    ];
    spec
      .given(given)
      .when(define({ indicators: [old1, s11] }))
      .thenNothing();
  });

  it('refuses a successor in force from the first year its predecessor is: the predecessor would never be', () => {
    const fromStart = { ...s11, validFrom: null, targets: {} };
    spec
      .given([...planTree, indicatorDefined(old1)])
      .when(define({ indicators: [fromStart] }))
      .thenThrows(ReplacedBeforeInForce, 'PLANNING.REPLACED_BEFORE_IN_FORCE');
  });

  it('refuses to replace itself', () => {
    spec
      .given(planTree)
      .when(define({ indicators: [{ ...s11, replaces: ['S1.1'] }] }))
      .thenThrows(IndicatorReplacesItself, 'PLANNING.INDICATOR_REPLACES_ITSELF');
  });
});
