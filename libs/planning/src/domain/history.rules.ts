import { HistoricalResult, RecordHistoricalResultsData } from './renstra.commands';
import { FieldPath, decideEach } from './decide-each';
import { canonicalOptionalDecimal } from './decimal-values';
import { HistoricalResultConflict, UnnamedHistoricalIndicator } from './planning.errors';
import { PlanningEvent } from './planning.events';
import { AdoptedRenstra, historyKey } from './renstra.state';
import { differingField, same } from './same-data';

/**
 * An earlier year's result as reported then, once per indicator and year: the same again records
 * nothing, a different one is refused (history is what was reported, not a value to correct).
 */
export function recordHistoricalResult(
  state: AdoptedRenstra,
  input: HistoricalResult,
  at: FieldPath,
): PlanningEvent[] {
  const result: HistoricalResult = {
    indicator: input.indicator,
    name: input.name ?? null,
    unit: input.unit ?? null,
    year: input.year,
    target: canonicalOptionalDecimal(input.target, at('target')),
    realization: canonicalOptionalDecimal(input.realization, at('realization')),
  };
  const recorded = state.history.get(historyKey(result.indicator, result.year));
  if (recorded) {
    if (same(recorded, result)) return [];
    throw new HistoricalResultConflict(result.indicator, result.year, at(differingField(recorded, result)));
  }
  // An indicator of an earlier plan is known by the name its entry gives.
  if (!state.indicators.has(result.indicator) && !result.name)
    throw new UnnamedHistoricalIndicator(result.indicator, at('name'));
  return [{ type: 'HistoricalResultRecorded', data: result }];
}

export const recordHistoricalResults = (
  data: RecordHistoricalResultsData,
  state: AdoptedRenstra,
): readonly PlanningEvent[] => decideEach(state, 'results', data.results, recordHistoricalResult).events;
