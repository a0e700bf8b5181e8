/** What the checks say of a budget line: facts recorded as reported, that a reader should look at. */
export type BudgetCheck = 'REALIZED_ABOVE_ALLOCATION';

/**
 * The checks of one line (whole rupiah). Realized above the ceiling is recorded, not refused (see
 * `reportBudgetRealization`), and flagged here so reports and reviewers see it.
 */
export function budgetLineChecks(line: {
  readonly allocation: bigint;
  readonly realized: bigint | null;
}): BudgetCheck[] {
  return line.realized !== null && line.realized > line.allocation ? ['REALIZED_ABOVE_ALLOCATION'] : [];
}
