import { Dec, Decimal } from './decimal';
import { Rounding } from './conventions';

/**
 * Rounds to `decimals` places and returns the fixed-point text ("100.00"), which is what a
 * report prints and what bands compare against.
 * - half-up: a tie goes away from zero (109.845 → 109.85; −1.005 → −1.01), as a spreadsheet's ROUND.
 * - truncate: digits past `decimals` are dropped, toward zero (109.849 → 109.84; −50.129 → −50.12),
 *   as a spreadsheet's TRUNC; a negative value never moves down a band by truncation.
 */
export function round(value: Decimal, rounding: Rounding): string {
  const mode = rounding.mode === 'half-up' ? Dec.ROUND_HALF_UP : Dec.ROUND_DOWN;
  const rounded = value.toDecimalPlaces(rounding.decimals, mode);
  // −0.004 rounds to zero; print it as 0.00, not −0.00.
  return (rounded.isZero() ? rounded.abs() : rounded).toFixed(rounding.decimals);
}
