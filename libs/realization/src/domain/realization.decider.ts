import { Command, Decider, unreachable } from '@jejak/eventstore';
import {
  BudgetAlreadyAllocated,
  BudgetAlreadyReported,
  BudgetLevelMismatch,
  BudgetNotAllocated,
  CorrectionReasonRequired,
  NothingToCorrect,
  PendingIsNotCorrected,
  RealizationAlreadyReported,
} from './realization.errors';
import {
  BudgetLevel,
  DecimalString,
  Measurement,
  Period,
  RealizationEvent,
  ReportedMeasurement,
  Rupiah,
} from './realization.events';
import {
  canonicalMeasurement,
  canonicalPercent,
  canonicalRupiah,
  isReported,
  sameMeasurement,
} from './realization.rules';
import { LedgerState, LedgerEntry, evolve, initialState, realizationKey } from './realization.state';

/** The ledger a command writes to: stream `{tenant}/realization-{agency}-{year}`. */
export interface LedgerAddress {
  readonly tenantId: string;
  readonly agency: string;
  readonly fiscalYear: number;
}

export interface ReportRealizationData extends LedgerAddress {
  readonly indicator: string;
  readonly period: Period;
  readonly measurement: Measurement;
  readonly source: string | null;
  readonly unit: string | null;
}

export interface CorrectRealizationData extends LedgerAddress {
  readonly indicator: string;
  readonly period: Period;
  readonly measurement: ReportedMeasurement;
  /** Omitted: the source in force stays; null: the corrected value has no source. */
  readonly source?: string | null;
  readonly reason: string;
}

export interface AllocateBudgetData extends LedgerAddress {
  readonly code: string;
  readonly level: BudgetLevel;
  readonly allocation: Rupiah;
  /** What set the ceiling: "DPA 2024", "DPPA 2024"; null when the source does not say. */
  readonly basis: string | null;
}

export interface ReportBudgetRealizationData extends LedgerAddress {
  readonly code: string;
  readonly period: Period;
  /** Cumulative: everything spent up to the end of the period. */
  readonly realized: Rupiah;
  readonly physicalProgress: DecimalString | null;
}

export type ReportRealization = Command<'ReportRealization', ReportRealizationData>;
export type CorrectRealization = Command<'CorrectRealization', CorrectRealizationData>;
export type AllocateBudget = Command<'AllocateBudget', AllocateBudgetData>;
export type ReportBudgetRealization = Command<'ReportBudgetRealization', ReportBudgetRealizationData>;
export type RealizationCommand =
  ReportRealization | CorrectRealization | AllocateBudget | ReportBudgetRealization;

const sameEntry = (a: LedgerEntry, b: LedgerEntry): boolean =>
  a.source === b.source && sameMeasurement(a.measurement, b.measurement);

/**
 * A first report records the measurement; one that repeats a report or the value in force records
 * nothing (a re-import appends nothing). A pending realization becomes a value by a report; any
 * other change is a correction, with its reason.
 */
export function reportRealization(command: ReportRealization, state: LedgerState): RealizationEvent[] {
  const { indicator, period, source, unit } = command.data;
  const entry = { measurement: canonicalMeasurement(command.data.measurement, indicator), source };
  const record = state.realizations[realizationKey(indicator, period)];
  const reported = [{ type: 'RealizationReported', data: { indicator, period, ...entry, unit } } as const];
  if (!record) return reported;
  if (sameEntry(record.inForce, entry) || record.reports.some((r) => sameEntry(r, entry))) return [];
  if (!isReported(record.inForce.measurement) && isReported(entry.measurement)) return reported;
  throw new RealizationAlreadyReported(indicator, period);
}

/** Replaces a reported value, keeping the original in the log; the reason is required. */
export function correctRealization(command: CorrectRealization, state: LedgerState): RealizationEvent[] {
  const { indicator, period } = command.data;
  const reason = command.data.reason.trim();
  if (reason === '') throw new CorrectionReasonRequired();
  const record = state.realizations[realizationKey(indicator, period)];
  if (!record) throw new NothingToCorrect(indicator, period);
  if (!isReported(record.inForce.measurement)) throw new PendingIsNotCorrected(indicator, period);
  const measurement = canonicalMeasurement(command.data.measurement, indicator);
  const source = command.data.source === undefined ? record.inForce.source : command.data.source;
  if (sameEntry(record.inForce, { measurement, source })) return [];
  return [{ type: 'RealizationCorrected', data: { indicator, period, measurement, source, reason } }];
}

/**
 * The first ceiling of a code, or a later one on a basis not yet used (the DPPA replacing the DPA):
 * both stay in the log, the last is in force. A ceiling already recorded records nothing.
 */
export function allocateBudget(command: AllocateBudget, state: LedgerState): RealizationEvent[] {
  const { code, level, basis } = command.data;
  const allocation = canonicalRupiah(command.data.allocation, 'allocation');
  const allocated = [{ type: 'BudgetAllocated', data: { code, level, allocation, basis } } as const];
  const line = state.budget[code];
  if (!line) return allocated;
  if (line.level !== level) throw new BudgetLevelMismatch(code, line.level);
  if (line.allocations.some((a) => a.allocation === allocation && a.basis === basis)) return [];
  if (basis !== null && !line.allocations.some((a) => a.basis === basis)) return allocated;
  throw new BudgetAlreadyAllocated(code);
}

/**
 * Records what was spent on an allocated line up to a period. Spending above the ceiling is
 * recorded, not refused: finance exports (SPJ) run ahead of the ceiling recorded here when a
 * shift (pergeseran) or the DPPA is entered later, and refusing would lose the finance figure;
 * the budget-line checks flag it instead.
 */
export function reportBudgetRealization(
  command: ReportBudgetRealization,
  state: LedgerState,
): RealizationEvent[] {
  const { code, period } = command.data;
  const line = state.budget[code];
  if (!line) throw new BudgetNotAllocated(code);
  const realized = canonicalRupiah(command.data.realized, 'realized');
  const progress = command.data.physicalProgress;
  const physicalProgress = progress === null ? null : canonicalPercent(progress, 'physicalProgress');
  const previous = line.realized[period];
  if (!previous) return [{ type: 'BudgetRealized', data: { code, period, realized, physicalProgress } }];
  if (previous.realized === realized && previous.physicalProgress === physicalProgress) return [];
  throw new BudgetAlreadyReported(code, period);
}

export function decide(command: RealizationCommand, state: LedgerState): RealizationEvent[] {
  switch (command.type) {
    case 'ReportRealization':
      return reportRealization(command, state);
    case 'CorrectRealization':
      return correctRealization(command, state);
    case 'AllocateBudget':
      return allocateBudget(command, state);
    case 'ReportBudgetRealization':
      return reportBudgetRealization(command, state);
    default:
      return unreachable(command, 'realization command');
  }
}

export { evolve, initialState };

export const realizationDecider: Decider<LedgerState, RealizationCommand, RealizationEvent> = {
  decide,
  evolve,
  initialState,
};
