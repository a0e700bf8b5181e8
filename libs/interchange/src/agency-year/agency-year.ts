/**
 * What the platform computes from one agency's fiscal year (interchange README, "Expected
 * results"). Decimals are exact decimal text, money is bigint rupiah, and every computed number
 * cites the conventions version that produced it.
 */
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

export interface BudgetRow {
  readonly code: string;
  readonly allocation: bigint;
  readonly realized: bigint;
  /** Rounded; null for a zero allocation. */
  readonly absorption: string | null;
  readonly conventionsVersion: number | null;
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

export interface AgencyYear {
  readonly fiscalYear: number;
  readonly conventionsVersion: number | null;
  readonly performance: readonly PerformanceRow[];
  readonly budget: { readonly programs: readonly BudgetRow[]; readonly total: Omit<BudgetRow, 'code'> };
  readonly efficiency: readonly EfficiencyRow[];
  /** Null when the document carries no agreement. */
  readonly agreement: {
    readonly versions: number;
    readonly budgetBefore: bigint;
    readonly budgetAfter: bigint;
  } | null;
  /** Null when the document carries no evaluation (no LHE received). */
  readonly evaluation: { readonly recommendations: number; readonly followUpsDone: number } | null;
}
