import type { RecordedEvent } from '@jejak/eventstore';
import type { BudgetLineFact, RealizationFact } from '@jejak/performance';
import { BudgetLevel, LedgerState, Measurement, PERIODS, Period } from '@jejak/realization';
import { FoldedAsOf, revisionFolded } from '../domain/as-of';

/** An indicator's realization in force for a period, as it stood. */
export interface RealizationAsOf {
  readonly indicator: string;
  readonly period: Period;
  readonly kind: Measurement['kind'];
  readonly value: string | null;
  readonly numerator: string | null;
  readonly denominator: string | null;
  readonly source: string | null;
  /** The value in force is a correction's (the reports stay in the log). */
  readonly corrected: boolean;
}

/** A budget line as it stood: its ceiling in force and the cumulative figure of its latest period. */
export interface BudgetLineAsOf {
  readonly code: string;
  readonly level: BudgetLevel;
  /** Whole rupiah, as text. */
  readonly allocation: string;
  readonly basis: string | null;
  /** Null until a realization is reported (not zero). */
  readonly realized: string | null;
  readonly period: Period | null;
  readonly physicalProgress: string | null;
}

export interface LedgerAsOf {
  readonly stream: string;
  readonly revision: number;
  readonly realizations: readonly RealizationAsOf[];
  readonly budget: readonly BudgetLineAsOf[];
}

type LedgerRecord = LedgerState['realizations'][string];
type LineState = LedgerState['budget'][string];

const periodRank = (period: Period): number => PERIODS.indexOf(period);

/** Whether the value in force is a correction's: the last report or correction of each key says. */
function correctedKeys(applied: readonly RecordedEvent[]): Set<string> {
  const corrected = new Set<string>();
  for (const event of applied) {
    const { indicator, period } = event.data as { indicator?: string; period?: string };
    const key = `${indicator}\u0000${period}`;
    if (event.type === 'RealizationReported') corrected.delete(key);
    if (event.type === 'RealizationCorrected') corrected.add(key);
  }
  return corrected;
}

// The ledger keys its records as realization's `realizationKey` does: indicator NUL period.
function realizationAsOf(key: string, record: LedgerRecord, corrected: Set<string>): RealizationAsOf {
  const [indicator, period] = key.split('\u0000') as [string, Period];
  const m = record.inForce.measurement;
  return {
    indicator,
    period,
    kind: m.kind,
    value: m.kind === 'value' ? m.value : null,
    numerator: m.kind === 'ratio' ? m.numerator : null,
    denominator: m.kind === 'ratio' ? m.denominator : null,
    source: record.inForce.source,
    corrected: corrected.has(key),
  };
}

/** The line shows its latest period's cumulative figure, as the ledger's read model does. */
function budgetLineAsOf(code: string, line: LineState): BudgetLineAsOf {
  const latest = (Object.keys(line.realized) as Period[]).sort((a, b) => periodRank(b) - periodRank(a))[0];
  const figure = latest === undefined ? undefined : line.realized[latest];
  const ceiling = line.allocations.at(-1);
  return {
    code,
    level: line.level,
    allocation: ceiling?.allocation ?? '0',
    basis: ceiling?.basis ?? null,
    realized: figure?.realized ?? null,
    period: latest ?? null,
    physicalProgress: figure?.physicalProgress ?? null,
  };
}

const byIndicatorAndPeriod = (a: RealizationAsOf, b: RealizationAsOf): number =>
  a.indicator === b.indicator
    ? periodRank(a.period) - periodRank(b.period)
    : a.indicator < b.indicator
      ? -1
      : 1;

/** The year's ledger as it stood; null when nothing was recorded in it by then. */
export function ledgerAsOf(stream: string, folded: FoldedAsOf<LedgerState>): LedgerAsOf | null {
  if (folded.applied.length === 0) return null;
  const corrected = correctedKeys(folded.applied);
  return {
    stream,
    revision: revisionFolded(folded),
    realizations: Object.entries(folded.state.realizations)
      .map(([key, record]) => realizationAsOf(key, record, corrected))
      .sort(byIndicatorAndPeriod),
    budget: Object.entries(folded.state.budget)
      .map(([code, line]) => budgetLineAsOf(code, line))
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)),
  };
}

/** What the computed views read of the ledger. */
export const ledgerFacts = (
  ledger: LedgerAsOf | null,
): { realizations: RealizationFact[]; budgetLines: BudgetLineFact[] } => ({
  realizations: (ledger?.realizations ?? []).map((r) => ({
    indicator: r.indicator,
    period: r.period,
    value: r.value,
    numerator: r.numerator,
    denominator: r.denominator,
    status: r.kind === 'pending' ? ('pending' as const) : ('reported' as const),
  })),
  budgetLines: (ledger?.budget ?? []).map((line) => ({
    code: line.code,
    level: line.level,
    allocation: BigInt(line.allocation),
    realized: line.realized === null ? null : BigInt(line.realized),
  })),
});
