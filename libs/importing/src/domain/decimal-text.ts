import { dec } from '@jejak/measurement';

/** A JSON number as commands carry decimals: a string, never in exponent form ("0.0000001", not "1e-7"). */
export const decimalText = (value: number): string => dec(value).toFixed();

/** Whole rupiah as commands carry them; validation has made sure the number is an exact integer. */
export const rupiahText = (amount: number): string => BigInt(amount).toString();

/** The `occurredAt` of a document's date (`YYYY-MM-DD`): midnight UTC; null stays undated. */
export const dateOccurredAt = (date: string | null | undefined): string | null =>
  date ? `${date}T00:00:00.000Z` : null;
