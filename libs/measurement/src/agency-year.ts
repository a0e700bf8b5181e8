import { absorption, combinedAbsorption } from './absorption';
import { achievement, Polarity } from './achievement';
import { band } from './band';
import { VersionedConventions } from './conventions';
import { Decimal } from './decimal';
import { efficiency } from './efficiency';
import { RealizationEntry, realizationValue } from './realization';
import { AgreedTarget, AgreementTerms, PlannedIndicator, targetFor } from './target';

/*
 * The rows of an agency-year (interchange README, "What a platform computes from it"), from
 * whatever holds the facts: the interchange reference computes them from a document, the
 * performance queries from the read models. One implementation, so both give the same numbers.
 */

/** An indicator measured in a fiscal year. Decimals are exact decimal text. */
export interface PerformanceRow {
  readonly indicator: string;
  /** The target in force: the agreement's after its last amendment, else the plan's. */
  readonly target: string;
  /** Unrounded: a numerator/denominator realization keeps its digits. */
  readonly realization: string;
  /** Rounded by the conventions; null where it cannot be computed (zero target…). */
  readonly achievement: string | null;
  readonly band: string | null;
  readonly conventionsVersion: number | null;
}

/** A performance row with the unrounded achievement that efficiency is computed from. */
export interface MeasuredIndicator {
  readonly row: PerformanceRow;
  readonly unrounded: Decimal | null;
}

/** A plan indicator: its code, its Renstra targets by year and its polarity (absent: higher). */
export interface IndicatorToMeasure extends PlannedIndicator {
  readonly polarity?: Polarity | null;
}

/**
 * One indicator in `year`: the target in force and the realization of the year (FY, else Q4);
 * null when either is missing (a pending realization has none), so no row is shown.
 */
export function measureIndicator(
  indicator: IndicatorToMeasure,
  year: number,
  agreement: AgreementTerms | null | undefined,
  entries: readonly RealizationEntry[],
  using: VersionedConventions,
): MeasuredIndicator | null {
  const target = targetFor(indicator, year, agreement);
  const realization = realizationValue(entries);
  if (target === null || realization === null) return null;
  // An indicator without a polarity is "more is better", as every fixture's indicators are.
  const result = achievement(target, realization, indicator.polarity ?? 'higher', using);
  const row: PerformanceRow = {
    indicator: indicator.code,
    target: target.toString(),
    realization: realization.toString(),
    achievement: result.rounded,
    band: band(result.rounded, using.conventions.achievementBands),
    conventionsVersion: result.conventionsVersion,
  };
  return { row, unrounded: result.value };
}

/** A budget line in whole rupiah; `realized` null: nothing reported yet (not zero). */
export interface BudgetLineAmounts {
  readonly code: string;
  readonly allocation: bigint;
  readonly realized: bigint | null;
}

export interface BudgetRow {
  readonly code: string;
  readonly allocation: bigint;
  readonly realized: bigint | null;
  /** Rounded; null for a zero allocation or an unreported realization. */
  readonly absorption: string | null;
  readonly conventionsVersion: number | null;
}

export type BudgetTotal = Omit<BudgetRow, 'code'>;

/** Absorption of one line (realized ÷ allocation × 100, rounded). */
export function measureBudgetLine(line: BudgetLineAmounts, using: VersionedConventions): BudgetRow {
  const measured = line.realized === null ? null : absorption(line.realized, line.allocation, using);
  return {
    code: line.code,
    allocation: line.allocation,
    realized: line.realized,
    absorption: measured?.rounded ?? null,
    conventionsVersion: using.version,
  };
}

/**
 * Lines taken together: the sums divided, never an average of percentages. When one line has no
 * realization reported, the realized sum is unknown, and so is the absorption.
 */
export function combinedLines(lines: readonly BudgetLineAmounts[], using: VersionedConventions) {
  const reported = lines.every((l) => l.realized !== null);
  const amounts = lines.map((l) => ({ allocation: l.allocation, realized: l.realized ?? 0n }));
  const combined = combinedAbsorption(amounts, using);
  return reported ? combined : { ...combined, realized: null, value: null, rounded: null };
}

/** Absorption per program, and the agency total as the sum over programs. */
export function measureBudget(
  programLines: readonly BudgetLineAmounts[],
  using: VersionedConventions,
): { readonly programs: readonly BudgetRow[]; readonly total: BudgetTotal } {
  const total = combinedLines(programLines, using);
  return {
    programs: programLines.map((line) => measureBudgetLine(line, using)),
    total: {
      allocation: total.allocation,
      realized: total.realized,
      absorption: total.rounded,
      conventionsVersion: total.conventionsVersion,
    },
  };
}

export interface EfficiencyRow {
  readonly indicator: string;
  readonly achievement: string;
  /** Of the funding programs taken together. */
  readonly absorption: string;
  readonly value: string;
  readonly band: string | null;
  readonly conventionsVersion: number | null;
}

/** The program lines funding a target: those in `fundedBy`, or every program when it is absent. */
export const fundingLines = <L extends BudgetLineAmounts>(
  programLines: readonly L[],
  fundedBy: readonly string[] | null | undefined,
): L[] => (fundedBy ? programLines.filter((line) => fundedBy.includes(line.code)) : [...programLines]);

/**
 * One row per agreed target (after the last amendment) whose achievement and funding absorption
 * exist: efficiency from the unrounded values, then rounded and banded.
 */
export function measureEfficiency(
  targets: readonly AgreedTarget[],
  measured: readonly MeasuredIndicator[],
  programLines: readonly BudgetLineAmounts[],
  using: VersionedConventions,
): EfficiencyRow[] {
  return targets.flatMap((target) => {
    const indicator = measured.find((m) => m.row.indicator === target.indicator);
    const funding = combinedLines(fundingLines(programLines, target.fundedBy), using);
    if (!indicator?.unrounded || !indicator.row.achievement || !funding.value || !funding.rounded) return [];
    const result = efficiency(indicator.unrounded, funding.value, using);
    if (result.rounded === null) return [];
    return [
      {
        indicator: target.indicator,
        achievement: indicator.row.achievement,
        absorption: funding.rounded,
        value: result.rounded,
        band: result.band,
        conventionsVersion: result.conventionsVersion,
      },
    ];
  });
}
