import { dec } from '@jejak/measurement';
import { ValidationOptions, registerDecorator } from 'class-validator';
import { DECIMAL_PATTERN } from '../domain/evaluation.rules';

/** A decimal as JSON carries it: a finite number, or a string like "25.82" (the exact form). */
export type DecimalInput = number | string;

export function isDecimalInput(value: unknown, min = 0, max = 100): value is DecimalInput {
  const valid =
    (typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 1e15) ||
    (typeof value === 'string' && DECIMAL_PATTERN.test(value));
  return valid && dec(value).gte(min) && dec(value).lte(max);
}

/** The event's spelling of a decimal input: no exponent, no float noise (`11.9` stays "11.9"). */
export const toDecimalString = (value: DecimalInput): string => dec(value).toFixed();

/** A score: a JSON number or a decimal string, from `min` to `max` (0–100 unless said). */
export function IsScore(min = 0, max = 100, options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isScore',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: `must be a decimal number from ${min} to ${max} (a JSON number or a string like "25.82")`,
        ...options,
      },
      validator: { validate: (value: unknown) => isDecimalInput(value, min, max) },
    });
}
