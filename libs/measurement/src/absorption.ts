import { Dec, fromRupiah } from './decimal';
import { ConventionsSource, DEFAULT_CONVENTIONS, resolveConventions } from './conventions';
import { Measured } from './measured';
import { round } from './rounding';

/** A budget line in whole rupiah: the (amended) ceiling and what was spent against it. */
export interface BudgetAmounts {
  readonly allocation: bigint;
  readonly realized: bigint;
}

export const sumRupiah = (amounts: readonly bigint[]): bigint => amounts.reduce((a, b) => a + b, 0n);

/** Absorption (penyerapan): realized ÷ allocation × 100, exact for any amount; null for a zero ceiling. */
export function absorption(
  realized: bigint,
  allocation: bigint,
  using: ConventionsSource = DEFAULT_CONVENTIONS,
): Measured {
  const { conventions, version } = resolveConventions(using);
  const value = allocation === 0n ? null : fromRupiah(realized).div(fromRupiah(allocation)).mul(new Dec(100));
  return {
    value,
    rounded: value === null ? null : round(value, conventions.rounding),
    conventionsVersion: version,
  };
}

/**
 * Several lines taken together (the agency total, the programs funding an indicator): the sums
 * divided, never an average of the lines' percentages.
 */
export function combinedAbsorption(
  lines: readonly BudgetAmounts[],
  using: ConventionsSource = DEFAULT_CONVENTIONS,
): Measured & BudgetAmounts {
  const allocation = sumRupiah(lines.map((l) => l.allocation));
  const realized = sumRupiah(lines.map((l) => l.realized));
  return { allocation, realized, ...absorption(realized, allocation, using) };
}
