import { deciderSpec } from '@jejak/testing';
import { DefinedDifferently, TargetOutsideValidity, UnknownIndicator } from './planning.errors';
import { IndicatorRevised } from './planning.events';
import { renstraDecider } from './renstra.decider';
import { define, indicatorDefined, planTree, revise, t11 } from './renstra.spec-data';

const spec = deciderSpec(renstraDecider);

describe('revising an indicator', () => {
  const defined = [...planTree, indicatorDefined(t11)];
  // The 2022 target of the Indeks Profesionalitas ASN, 53.67, was set below the 2021 baseline of 60.71.
  const newTargets = { ...t11.targets, '2022': '61' };
  const revised: IndicatorRevised = {
    type: 'IndicatorRevised',
    data: { code: 'T1.1', changes: { targets: newTargets }, reason: 'Target 2022 di bawah baseline' },
  };

  it('records only the fields that change, with the reason', () => {
    spec
      .given(defined)
      .when(revise('T1.1', { targets: newTargets, unit: 'indeks' }, 'Target 2022 di bawah baseline'))
      .then([revised]);
  });

  it('records nothing when nothing changes', () => {
    spec
      .given(defined)
      .when(revise('T1.1', { name: t11.name, targets: { ...t11.targets } }))
      .thenNothing();
    spec
      .given([...defined, revised])
      .when(revise('T1.1', { targets: newTargets }))
      .thenNothing();
  });

  it('keeps the earlier definition in the log: re-sending it or the revised one records nothing, a third is refused', () => {
    const revisedT11 = { ...t11, targets: newTargets };
    spec
      .given([...defined, revised])
      .when(define({ indicators: [t11] }))
      .thenNothing();
    spec
      .given([...defined, revised])
      .when(define({ indicators: [revisedT11] }))
      .thenNothing();
    spec
      .given([...defined, revised])
      .when(define({ indicators: [{ ...t11, targets: { '2026': '80' } }] }))
      .thenThrows(DefinedDifferently);
  });

  it('refuses targets outside the years the indicator is in force, naming the year', () => {
    spec
      .given(defined)
      .when(revise('T1.1', { targets: { ...t11.targets, '2027': '78' } }))
      .thenThrows(TargetOutsideValidity, 'PLANNING.TARGET_OUTSIDE_VALIDITY');
    let fields: readonly string[] = [];
    try {
      renstraDecider.decide(
        revise('T1.1', { targets: { '2027': '78' } }),
        defined.reduce(renstraDecider.evolve, renstraDecider.initialState()),
      );
    } catch (error) {
      fields = (error as TargetOutsideValidity).fields;
    }
    expect(fields).toEqual(['changes.targets.2027']);
  });

  it('refuses an indicator the plan does not have (404)', () => {
    spec
      .given(defined)
      .when(revise('T9.9', { name: 'x' }))
      .thenThrows(UnknownIndicator, 'PLANNING.UNKNOWN_INDICATOR');
    expect(new UnknownIndicator('T9.9').status).toBe(404);
  });
});
