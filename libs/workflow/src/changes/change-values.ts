import { dec } from '@jejak/measurement';
import { ValidateBy, ValidationOptions, buildMessage } from 'class-validator';

/** A decimal as JSON carries it: a finite number, or a decimal string ("77.3"). */
const DECIMAL_STRING = /^-?\d{1,15}(\.\d{1,12})?$/;
const RUPIAH_STRING = /^\d{1,15}$/;

export type DecimalInput = number | string;

export const isDecimalInput = (value: unknown): value is DecimalInput =>
  (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 1e15) ||
  (typeof value === 'string' && DECIMAL_STRING.test(value));

export const isRupiahInput = (value: unknown): value is DecimalInput =>
  (typeof value === 'number' && Number.isSafeInteger(value) && RUPIAH_STRING.test(String(value))) ||
  (typeof value === 'string' && RUPIAH_STRING.test(value));

/** The spelling events carry: no exponent, no float noise (0.1 stays "0.1"). */
export const decimalString = (value: DecimalInput): string => dec(value).toFixed();

export function IsDecimalInput(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDecimalInput',
      validator: {
        validate: isDecimalInput,
        defaultMessage: buildMessage(
          (each) => `${each}$property must be a decimal number (a JSON number or a string like "77.3")`,
          options,
        ),
      },
    },
    options,
  );
}

export function IsRupiahInput(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isRupiahInput',
      validator: {
        validate: isRupiahInput,
        defaultMessage: buildMessage(
          (each) => `${each}$property must be whole rupiah (a JSON integer or a string of digits)`,
          options,
        ),
      },
    },
    options,
  );
}

/** A calendar day at midnight UTC: the date stays the same in WIB, WITA and WIT. */
export const startOfDay = (date: string): string => `${date}T00:00:00.000Z`;
