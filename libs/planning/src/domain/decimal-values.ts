import { dec } from '@jejak/measurement';
import { InvalidDecimal } from './planning.errors';
import { DecimalString } from './planning.events';

const DECIMAL = /^-?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * The one spelling of a decimal in events ("70", never "70.0" or "7e1"), so that re-sending
 * the same number as a JSON number or a string records nothing new.
 */
export function canonicalDecimal(value: string, field: string): DecimalString {
  if (!DECIMAL.test(value)) throw new InvalidDecimal(value, field);
  const decimal = dec(value);
  return decimal.isZero() ? '0' : decimal.toFixed();
}

export const canonicalOptionalDecimal = (
  value: string | null | undefined,
  field: string,
): DecimalString | null => (value === null || value === undefined ? null : canonicalDecimal(value, field));
