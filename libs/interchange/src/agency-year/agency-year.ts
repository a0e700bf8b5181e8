import type { BudgetRow, BudgetTotal, EfficiencyRow, PerformanceRow } from '@jejak/measurement';

/**
 * What the platform computes from one agency's fiscal year (interchange README, "Expected
 * results"). The rows are measurement's (one implementation for documents and read models):
 * decimals are exact decimal text, money is bigint rupiah, and every computed number cites the
 * conventions version that produced it.
 */
export type { BudgetRow, EfficiencyRow, PerformanceRow };

export interface AgencyYear {
  readonly fiscalYear: number;
  readonly conventionsVersion: number | null;
  readonly performance: readonly PerformanceRow[];
  readonly budget: { readonly programs: readonly BudgetRow[]; readonly total: BudgetTotal };
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
