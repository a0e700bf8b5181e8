import { unreachable } from '@jejak/eventstore';
import {
  ActivityDefined,
  GoalDefined,
  HistoricalResultRecorded,
  IndicatorDefined,
  IndicatorDefinition,
  IndicatorReplaced,
  IndicatorRevised,
  ObjectiveDefined,
  PlanningEvent,
  ProgramDefined,
  RenstraAdopted,
  RenstraAmended,
  SubActivityDefined,
} from './planning.events';
import { RenstraPeriod } from './renstra-period';

export interface IndicatorRecord {
  /** As first defined: re-sending it (an older document re-imported) changes nothing. */
  readonly defined: IndicatorDefinition;
  /** After its revisions. */
  readonly current: IndicatorDefinition;
  readonly replacedBy: readonly string[];
  /** The last year in force that its replacements leave it (null: not replaced). */
  readonly endedBy: number | null;
}

export interface AdoptedRenstra {
  readonly status: 'adopted';
  readonly adoption: RenstraAdopted['data'];
  readonly period: RenstraPeriod;
  readonly amendments: readonly RenstraAmended['data'][];
  readonly goals: ReadonlyMap<string, GoalDefined['data']>;
  readonly objectives: ReadonlyMap<string, ObjectiveDefined['data']>;
  readonly programs: ReadonlyMap<string, ProgramDefined['data']>;
  readonly activities: ReadonlyMap<string, ActivityDefined['data']>;
  readonly subActivities: ReadonlyMap<string, SubActivityDefined['data']>;
  readonly indicators: ReadonlyMap<string, IndicatorRecord>;
  /** Keyed by {@link historyKey}. */
  readonly history: ReadonlyMap<string, HistoricalResultRecorded['data']>;
}

export type RenstraState = { readonly status: 'absent' } | AdoptedRenstra;

export const initialState = (): RenstraState => ({ status: 'absent' });

export const historyKey = (indicator: string, year: number): string => `${indicator}\u0000${year}`;

/** The years an indicator is in force: its declared validity (the plan's period by default), cut by replacements. */
export function validityOf(record: IndicatorRecord, period: RenstraPeriod): { from: number; to: number } {
  const declaredTo = record.current.validTo ?? period.to;
  return {
    from: record.current.validFrom ?? period.from,
    to: record.endedBy === null ? declaredTo : Math.min(declaredTo, record.endedBy),
  };
}

const put = <V>(map: ReadonlyMap<string, V>, key: string, value: V): ReadonlyMap<string, V> =>
  new Map(map).set(key, value);

function adopt(event: RenstraAdopted): AdoptedRenstra {
  const empty = new Map();
  return {
    status: 'adopted',
    adoption: event.data,
    period: event.data.period,
    amendments: [],
    goals: empty,
    objectives: empty,
    programs: empty,
    activities: empty,
    subActivities: empty,
    indicators: empty,
    history: empty,
  };
}

type IndicatorEvent = IndicatorDefined | IndicatorRevised | IndicatorReplaced;

function recordOf(state: AdoptedRenstra, code: string): IndicatorRecord {
  const record = state.indicators.get(code);
  if (!record) throw new Error(`Indicator ${code} changed before it was defined`);
  return record;
}

function evolveIndicator(state: AdoptedRenstra, event: IndicatorEvent): AdoptedRenstra {
  const code = event.data.code;
  switch (event.type) {
    case 'IndicatorDefined':
      return {
        ...state,
        indicators: put(state.indicators, code, {
          defined: event.data,
          current: event.data,
          replacedBy: [],
          endedBy: null,
        }),
      };
    case 'IndicatorRevised': {
      const record = recordOf(state, code);
      return {
        ...state,
        indicators: put(state.indicators, code, {
          ...record,
          current: { ...record.current, ...event.data.changes },
        }),
      };
    }
    case 'IndicatorReplaced': {
      const record = recordOf(state, code);
      const { replacedBy, validTo } = event.data;
      const endedBy = Math.min(record.endedBy ?? validTo, validTo);
      return {
        ...state,
        indicators: put(state.indicators, code, {
          ...record,
          replacedBy: [...record.replacedBy, replacedBy],
          endedBy,
        }),
      };
    }
    default:
      return unreachable(event, 'indicator event');
  }
}

export function evolveAdopted(state: AdoptedRenstra, event: PlanningEvent): AdoptedRenstra {
  switch (event.type) {
    case 'RenstraAdopted':
      return state;
    case 'RenstraAmended':
      return { ...state, amendments: [...state.amendments, event.data] };
    case 'GoalDefined':
      return { ...state, goals: put(state.goals, event.data.code, event.data) };
    case 'ObjectiveDefined':
      return { ...state, objectives: put(state.objectives, event.data.code, event.data) };
    case 'ProgramDefined':
      return { ...state, programs: put(state.programs, event.data.code, event.data) };
    case 'ActivityDefined':
      return { ...state, activities: put(state.activities, event.data.code, event.data) };
    case 'SubActivityDefined':
      return { ...state, subActivities: put(state.subActivities, event.data.code, event.data) };
    case 'IndicatorDefined':
    case 'IndicatorRevised':
    case 'IndicatorReplaced':
      return evolveIndicator(state, event);
    case 'HistoricalResultRecorded':
      return {
        ...state,
        history: put(state.history, historyKey(event.data.indicator, event.data.year), event.data),
      };
    default:
      return unreachable(event, 'planning event');
  }
}

/** Strict: a stream whose first event is not the adoption is corrupt, not a state. */
export function evolve(state: RenstraState, event: PlanningEvent): RenstraState {
  if (state.status === 'absent') {
    if (event.type !== 'RenstraAdopted') throw new Error(`A Renstra stream cannot start with ${event.type}`);
    return adopt(event);
  }
  return evolveAdopted(state, event);
}
