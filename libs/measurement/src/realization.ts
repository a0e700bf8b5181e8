import { Dec, dec, Decimal, DecimalInput } from './decimal';

export type Period = 'Q1' | 'Q2' | 'Q3' | 'Q4' | 'FY';

/** One reported realization of an indicator (interchange `realizations[]`, or the event's data). */
export interface RealizationEntry {
  readonly period: Period;
  readonly value?: DecimalInput | null;
  readonly numerator?: DecimalInput | null;
  readonly denominator?: DecimalInput | null;
  readonly status?: 'pending' | 'reported';
}

/**
 * The value of one entry: its value, or numerator ÷ denominator × 100; null when it is pending
 * ("not yet available" is not zero) or carries nothing to compute from.
 */
export function entryValue(entry: RealizationEntry): Decimal | null {
  if (entry.status === 'pending') return null;
  if (entry.value !== undefined && entry.value !== null) return dec(entry.value);
  const { numerator, denominator } = entry;
  if (numerator === undefined || numerator === null || denominator === undefined || denominator === null) {
    return null;
  }
  const d = dec(denominator);
  return d.isZero() ? null : dec(numerator).div(d).mul(new Dec(100));
}

/**
 * The realization of an indicator in a fiscal year, from that year's entries of the indicator:
 * the FY entry; without one, the Q4 entry (the year-end position). A pending FY entry gives null
 * rather than falling back to Q4: the year's figure is the one that is not yet available.
 */
export function realizationValue(entries: readonly RealizationEntry[]): Decimal | null {
  const chosen = entries.find((e) => e.period === 'FY') ?? entries.find((e) => e.period === 'Q4');
  return chosen === undefined ? null : entryValue(chosen);
}
