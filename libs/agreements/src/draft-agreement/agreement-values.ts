import { ValidateBy, ValidationOptions, buildMessage } from 'class-validator';
import { RUPIAH_PATTERN } from '../domain/agreement.rules';

/** A decimal as JSON carries it: a finite number, or a decimal string ("99.55"). */
const DECIMAL_STRING = /^-?\d{1,15}(\.\d{1,12})?$/;

export const isDecimalValue = (value: unknown): value is number | string =>
  (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 1e15) ||
  (typeof value === 'string' && DECIMAL_STRING.test(value));

/** Whole rupiah: a JSON integer a double holds exactly, or a string of digits. Never a fraction. */
export const isRupiahValue = (value: unknown): value is number | string =>
  (typeof value === 'number' &&
    Number.isSafeInteger(value) &&
    value >= 0 &&
    RUPIAH_PATTERN.test(String(value))) ||
  (typeof value === 'string' && RUPIAH_PATTERN.test(value));

export function IsDecimalValue(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDecimalValue',
      validator: {
        validate: isDecimalValue,
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a decimal number (a JSON number or a string like "99.55")`,
          options,
        ),
      },
    },
    options,
  );
}

export function IsRupiahValue(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isRupiahValue',
      validator: {
        validate: isRupiahValue,
        defaultMessage: buildMessage(
          (each) =>
            `${each}$property must be whole, non-negative rupiah below 10^15 (a JSON integer or a string of digits)`,
          options,
        ),
      },
    },
    options,
  );
}

/** The command's spelling of a DTO's number: decimals and rupiah travel as strings. */
export const asDecimalString = (value: number | string): string =>
  typeof value === 'number' ? String(value) : value;
