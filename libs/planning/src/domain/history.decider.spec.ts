import { DomainError } from '@jejak/eventstore';
import { deciderSpec } from '@jejak/testing';
import { HistoricalResultConflict, InvalidDecimal, UnnamedHistoricalIndicator } from './planning.errors';
import { HistoricalResultRecorded, PlanningEvent } from './planning.events';
import { renstraDecider } from './renstra.decider';
import { HistoricalResult } from './renstra.commands';
import { adopted, indicatorDefined, old1In2022, planTree, recordHistory, s11 } from './renstra.spec-data';

const spec = deciderSpec(renstraDecider);
const recorded = (data: HistoricalResult): HistoricalResultRecorded => ({
  type: 'HistoricalResultRecorded',
  data,
});
// OLD.1 in 2023: target 100, realization 85.8 (test/fixtures/kota-dumai-bkpsdm-2024.json, history).
const old1In2023: HistoricalResult = { ...old1In2022, year: 2023, realization: '85.8' };

describe('an earlier year’s result (history)', () => {
  it('is recorded as reported then, for an indicator of an earlier plan that the entry names', () => {
    spec
      .given([adopted])
      .when(recordHistory(old1In2022, old1In2023))
      .then([recorded(old1In2022), recorded(old1In2023)]);
  });

  it('needs no name for an indicator of this plan (Kota Bontang: S1.1 in 2019, target 70, realization 39.48)', () => {
    const s11In2019 = {
      indicator: 'S1.1',
      name: null,
      unit: null,
      year: 2019,
      target: '70',
      realization: '39.48',
    };
    const given: PlanningEvent[] = [...planTree, indicatorDefined(s11)];
    spec
      .given(given)
      .when(recordHistory(s11In2019))
      .then([recorded(s11In2019)]);
  });

  it('refuses an unnamed result of an indicator this plan does not have', () => {
    spec
      .given([adopted])
      .when(recordHistory({ ...old1In2022, name: null }))
      .thenThrows(UnnamedHistoricalIndicator, 'PLANNING.HISTORY_INDICATOR_UNNAMED');
  });

  it('may leave the target or the realization unknown', () => {
    const pending = { ...old1In2022, realization: null };
    spec
      .given([adopted])
      .when(recordHistory(pending))
      .then([recorded(pending)]);
  });

  it('records nothing when the same result comes again, in any spelling of its numbers', () => {
    spec
      .given([adopted, recorded(old1In2022)])
      .when(recordHistory({ ...old1In2022, target: '100.00' }))
      .thenNothing();
  });

  it('refuses a different result of the same indicator and year, naming the field', () => {
    spec
      .given([adopted, recorded(old1In2022)])
      .when(recordHistory({ ...old1In2022, realization: '97.8' }))
      .thenThrows(HistoricalResultConflict, 'PLANNING.HISTORY_CONFLICT');
    let error: DomainError | undefined;
    try {
      renstraDecider.decide(
        recordHistory(old1In2023, { ...old1In2022, realization: '97.8' }),
        [adopted, recorded(old1In2022)].reduce(renstraDecider.evolve, renstraDecider.initialState()),
      );
    } catch (e) {
      error = e as DomainError;
    }
    expect(error?.fields).toEqual(['results[1].realization']);
  });

  it('refuses a number that is not decimal', () => {
    spec
      .given([adopted])
      .when(recordHistory({ ...old1In2022, realization: '97,7' }))
      .thenThrows(InvalidDecimal);
  });
});
