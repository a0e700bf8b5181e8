import { unreachable } from '@jejak/eventstore';
import {
  BudgetLevel,
  DecimalString,
  Measurement,
  Period,
  RealizationEvent,
  Rupiah,
} from './realization.events';

/** A measurement and where it came from: what a report or a correction puts in force. */
export interface LedgerEntry {
  readonly measurement: Measurement;
  readonly source: string | null;
}

export interface RealizationRecord {
  /** Every report of the indicator and period, in order (a correction is not a report). */
  readonly reports: readonly LedgerEntry[];
  readonly inForce: LedgerEntry;
}

export interface BudgetLineState {
  readonly level: BudgetLevel;
  /** Every ceiling, in order; the last is in force. */
  readonly allocations: readonly { readonly allocation: Rupiah; readonly basis: string | null }[];
  readonly realized: Partial<
    Record<Period, { readonly realized: Rupiah; readonly physicalProgress: DecimalString | null }>
  >;
}

/** One agency's year: its indicators' realizations by indicator and period, its budget lines by code. */
export interface LedgerState {
  readonly realizations: Readonly<Record<string, RealizationRecord>>;
  readonly budget: Readonly<Record<string, BudgetLineState>>;
}

export const initialState = (): LedgerState => ({ realizations: {}, budget: {} });

export const realizationKey = (indicator: string, period: Period): string => `${indicator}\u0000${period}`;

function withRealization(state: LedgerState, key: string, record: RealizationRecord): LedgerState {
  return { ...state, realizations: { ...state.realizations, [key]: record } };
}

function withBudgetLine(state: LedgerState, code: string, line: BudgetLineState): LedgerState {
  return { ...state, budget: { ...state.budget, [code]: line } };
}

export function evolve(state: LedgerState, event: RealizationEvent): LedgerState {
  switch (event.type) {
    case 'RealizationReported': {
      const { indicator, period, measurement, source } = event.data;
      const key = realizationKey(indicator, period);
      const entry = { measurement, source };
      return withRealization(state, key, {
        reports: [...(state.realizations[key]?.reports ?? []), entry],
        inForce: entry,
      });
    }
    case 'RealizationCorrected': {
      const { indicator, period, measurement, source } = event.data;
      const key = realizationKey(indicator, period);
      const inForce = { measurement, source };
      return withRealization(state, key, { reports: state.realizations[key]?.reports ?? [], inForce });
    }
    case 'BudgetAllocated': {
      const { code, level, allocation, basis } = event.data;
      const line = state.budget[code];
      const allocations = [...(line?.allocations ?? []), { allocation, basis }];
      return withBudgetLine(state, code, { level, allocations, realized: line?.realized ?? {} });
    }
    case 'BudgetRealized': {
      const { code, period, realized, physicalProgress } = event.data;
      const line = state.budget[code];
      if (!line) return state;
      return withBudgetLine(state, code, {
        ...line,
        realized: { ...line.realized, [period]: { realized, physicalProgress } },
      });
    }
    default:
      return unreachable(event, 'realization event');
  }
}
