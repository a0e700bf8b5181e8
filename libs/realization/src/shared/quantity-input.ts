import { dec } from '@jejak/measurement';
import { ValidationOptions, registerDecorator } from 'class-validator';
import { DECIMAL_PATTERN, RUPIAH_PATTERN } from '../domain/realization.rules';

/** A decimal as JSON carries it: a finite number, or a string like "77.3" (the exact form). */
export type DecimalInput = number | string;
/** Whole rupiah as JSON carries it: a safe integer, or a string of digits (past 2^53). */
export type RupiahInput = number | string;

export interface DecimalBounds {
  readonly min?: number;
  readonly max?: number;
}

const DECIMAL_MAX_LENGTH = 40;

export function isDecimalInput(value: unknown, bounds: DecimalBounds = {}): value is DecimalInput {
  const valid =
    (typeof value === 'number' && Number.isFinite(value)) ||
    (typeof value === 'string' && value.length <= DECIMAL_MAX_LENGTH && DECIMAL_PATTERN.test(value));
  if (!valid) return false;
  const number = dec(value);
  return (
    (bounds.min === undefined || number.gte(bounds.min)) &&
    (bounds.max === undefined || number.lte(bounds.max))
  );
}

export const isRupiahInput = (value: unknown): value is RupiahInput =>
  (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) ||
  (typeof value === 'string' && RUPIAH_PATTERN.test(value));

/** The event's spelling of a decimal input: no exponent, no float noise (`0.1` stays "0.1"). */
export const toDecimalString = (value: DecimalInput): string => dec(value).toFixed();

export const toRupiahString = (value: RupiahInput): string => BigInt(value).toString();

function describeDecimal({ min, max }: DecimalBounds): string {
  const range =
    min !== undefined && max !== undefined
      ? ` from ${min} to ${max}`
      : min !== undefined
        ? ` of ${min} or more`
        : max !== undefined
          ? ` of ${max} or less`
          : '';
  return `must be a decimal number${range} (a JSON number or a string like "77.3")`;
}

/** A decimal quantity field: a JSON number or a decimal string, within bounds when given. */
export function IsDecimalInput(bounds: DecimalBounds = {}, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDecimalInput',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: describeDecimal(bounds), ...options },
      validator: { validate: (value: unknown) => isDecimalInput(value, bounds) },
    });
}

/** A money field: whole rupiah, 0 or more; never a float. */
export function IsRupiahInput(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isRupiahInput',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: 'must be whole rupiah, 0 or more (an integer, or a string of digits)', ...options },
      validator: { validate: isRupiahInput },
    });
}
