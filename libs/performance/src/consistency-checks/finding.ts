/**
 * What does not add up in an agency-year: a fact recorded as reported that a reviewer (the
 * Inspektorat, the agency's planner) should look at. Nothing is refused or corrected here.
 * - error: the figures contradict each other (sums, ceilings);
 * - warning: the figures are possible but suspect (a target set far too low, a replaced indicator).
 */
export type Severity = 'error' | 'warning';

export type FindingRef = string | number | null | readonly string[];

export interface Finding {
  /** Stable, for clients to group and translate: `BUDGET.ALLOCATION_PARTS_MISMATCH`. */
  readonly code: string;
  readonly severity: Severity;
  readonly message: string;
  /** What it is about: codes, amounts (digit strings), decimals (text). */
  readonly refs: Readonly<Record<string, FindingRef>>;
}

export interface ChecksView {
  readonly agency: string;
  readonly year: number;
  readonly conventionsVersion: number;
  readonly findings: readonly Finding[];
}
