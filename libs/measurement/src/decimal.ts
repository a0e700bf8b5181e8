import { Decimal } from 'decimal.js';

/**
 * The one Decimal constructor of measurement: 40 significant digits, so that a quotient of two
 * rupiah sums (up to 10^19) keeps every digit that the final rounding can see; a clone, so that
 * the global Decimal settings other code relies on stay untouched.
 */
export const Dec = Decimal.clone({ precision: 40 });

/** A decimal input: a JSON number, a decimal string ("109.845") or a Decimal. */
export type DecimalInput = Decimal.Value;

export const dec = (value: DecimalInput): Decimal => new Dec(value);

/** Rupiah are whole numbers: bigint in, exact Decimal out (a JS number would lose digits past 2^53). */
export const fromRupiah = (amount: bigint): Decimal => new Dec(amount.toString());

export { Decimal };
