import { DomainEvent } from '@jejak/eventstore';

export type DecimalString = string;
export type Rupiah = string;
export type Period = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'FY';
export const PERIODS: readonly Period[] = ['Q1', 'Q2', 'Q3', 'Q4', 'FY'];

/** A measured value: a value, or a ratio of two counts, or pending ("not yet available" is not zero). */
export type Measurement =
  | { readonly kind: 'value'; readonly value: DecimalString }
  | { readonly kind: 'ratio'; readonly numerator: DecimalString; readonly denominator: DecimalString }
  | { readonly kind: 'pending' };

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
/** A correction replaces the value in force; the original stays in the log. */
export type RealizationCorrected = DomainEvent<
  'RealizationCorrected',
  {
    readonly indicator: string;
    readonly period: Period;
    readonly measurement: Measurement;
    readonly source: string | null;
    readonly reason: string;
  }
>;
/** The budget ceiling of a program, kegiatan or sub kegiatan (DPA, or the DPPA's amended ceiling). */
export type BudgetAllocated = DomainEvent<
  'BudgetAllocated',
  {
    readonly code: string;
    readonly level: 'program' | 'activity' | 'subActivity';
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
    readonly physicalProgress: DecimalString | null;
  }
>;

export type RealizationEvent = RealizationReported | RealizationCorrected | BudgetAllocated | BudgetRealized;

export const realizationStream = (tenant: string, agency: string, year: number): string =>
  `${tenant}/realization-${agency}-${year}`;
