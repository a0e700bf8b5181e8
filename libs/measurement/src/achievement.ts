import { Dec, dec, Decimal, DecimalInput } from './decimal';
import {
  ConventionsSource,
  DEFAULT_CONVENTIONS,
  LowerIsBetterFormula,
  resolveConventions,
} from './conventions';
import { Measured } from './measured';
import { round } from './rounding';

/** higher: more is better; lower: less is better (cases, days late…). */
export type Polarity = 'higher' | 'lower';

const HUNDRED = new Dec(100);

/**
 * Achievement (capaian) in percent, unrounded; null where the formula divides by zero.
 * - higher: realization ÷ target × 100
 * - lower, two-target-minus-realization: (2 × target − realization) ÷ target × 100 (may be negative)
 * - lower, target-over-realization: target ÷ realization × 100
 */
export function rawAchievement(
  target: Decimal,
  realization: Decimal,
  polarity: Polarity,
  lowerIsBetter: LowerIsBetterFormula,
): Decimal | null {
  // A zero target has no achievement under any formula (README: "a zero target").
  if (target.isZero()) return null;
  if (polarity === 'higher') return realization.div(target).mul(HUNDRED);
  if (lowerIsBetter === 'two-target-minus-realization') {
    return target.mul(2).minus(realization).div(target).mul(HUNDRED);
  }
  return realization.isZero() ? null : target.div(realization).mul(HUNDRED);
}

/** Achievement of one indicator, rounded by the conventions' rounding and citing their version. */
export function achievement(
  target: DecimalInput,
  realization: DecimalInput,
  polarity: Polarity,
  using: ConventionsSource = DEFAULT_CONVENTIONS,
): Measured {
  const { conventions, version } = resolveConventions(using);
  const value = rawAchievement(dec(target), dec(realization), polarity, conventions.lowerIsBetter);
  return {
    value,
    rounded: value === null ? null : round(value, conventions.rounding),
    conventionsVersion: version,
  };
}
