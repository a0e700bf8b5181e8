import { DomainEvent } from '@jejak/eventstore';

/** A decimal number as text, canonical (`"77.3"`, `"279"`): never a binary float. */
export type DecimalString = string;
/** Whole rupiah as a decimal integer string (`"6357723118"`): money is never a float. */
export type Rupiah = string;
/** Quarters (triwulan I–IV) of monitoring, and the fiscal year's figure. */
export type Period = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'FY';
/** In the order a year unfolds: a later period's cumulative figure supersedes an earlier one's. */
export const PERIODS: readonly Period[] = ['Q1', 'Q2', 'Q3', 'Q4', 'FY'];

/** Program, kegiatan (activity) or sub kegiatan (subActivity): the levels that carry a budget. */
export type BudgetLevel = 'program' | 'activity' | 'subActivity';
export const BUDGET_LEVELS: readonly BudgetLevel[] = ['program', 'activity', 'subActivity'];

/** A measurement that has a value: the value itself, or a ratio of two counts (kept raw, never × 100 here). */
export type ReportedMeasurement =
  | { readonly kind: 'value'; readonly value: DecimalString }
  | { readonly kind: 'ratio'; readonly numerator: DecimalString; readonly denominator: DecimalString };

/** A measured value: a value, or a ratio of two counts, or pending ("not yet available" is not zero). */
export type Measurement = ReportedMeasurement | { readonly kind: 'pending' };

/** Stream `{tenant}/realization-{agency}-{year}`. */
export type RealizationReported = DomainEvent<
  'RealizationReported',
  {
    readonly indicator: string;
    readonly period: Period;
    readonly measurement: Measurement;
    readonly source: string | null;
    /** The unit that reported it (its staff report their unit's realizations). */
    readonly unit: string | null;
  }
>;
/**
 * A correction replaces the value in force; the original stays in the log. Only a reported value
 * is corrected: a pending realization becomes a value by a report.
 */
export type RealizationCorrected = DomainEvent<
  'RealizationCorrected',
  {
    readonly indicator: string;
    readonly period: Period;
    readonly measurement: ReportedMeasurement;
    readonly source: string | null;
    readonly reason: string;
  }
>;
/** The budget ceiling of a program, kegiatan or sub kegiatan (DPA, or the DPPA's amended ceiling). */
export type BudgetAllocated = DomainEvent<
  'BudgetAllocated',
  {
    readonly code: string;
    readonly level: BudgetLevel;
    readonly allocation: Rupiah;
    readonly basis: string | null;
  }
>;
/** Cumulative budget realization (SPJ Fungsional) up to a period, with physical progress where reported. */
export type BudgetRealized = DomainEvent<
  'BudgetRealized',
  {
    readonly code: string;
    readonly period: Period;
    readonly realized: Rupiah;
    /** Percent, 0–100. */
    readonly physicalProgress: DecimalString | null;
  }
>;

export type RealizationEvent = RealizationReported | RealizationCorrected | BudgetAllocated | BudgetRealized;

export const realizationStream = (tenant: string, agency: string, year: number): string =>
  `${tenant}/realization-${agency}-${year}`;

const STREAM = /^([^/]+)\/realization-(.+)-(\d{4})$/;

/** The ledger a realization stream belongs to; null for any other stream. */
export function parseRealizationStream(
  stream: string,
): { readonly tenant: string; readonly agency: string; readonly fiscalYear: number } | null {
  const match = STREAM.exec(stream);
  return match ? { tenant: match[1], agency: match[2], fiscalYear: Number(match[3]) } : null;
}
