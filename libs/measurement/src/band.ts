import { dec, DecimalInput } from './decimal';
import { Band } from './conventions';

/**
 * The label of the first band, in the order given, whose `from` is null or ≤ the value. Callers
 * pass the rounded value: a report bands what it prints. The top band has no ceiling, so an
 * achievement above 100 % keeps it. No value, or no band that fits, gives null.
 */
export function band(rounded: DecimalInput | null, bands: readonly Band[]): string | null {
  if (rounded === null) return null;
  const value = dec(rounded);
  return bands.find((b) => b.from === null || value.gte(b.from))?.label ?? null;
}
