import { dec } from '@jejak/measurement';
import { IsISO8601, Matches, ValidateBy, ValidationOptions } from 'class-validator';
import { DATE_PATTERN } from '../domain/planning.rules';

/** A decimal as the API takes it: a JSON number, or a string like "97.7" (never "97,7"). */
export type DecimalInput = number | string;

const DECIMAL_TEXT = /^-?\d+(\.\d+)?$/;
const YEAR_KEY = /^\d{4}$/;

export const isDecimalInput = (value: unknown): value is DecimalInput =>
  (typeof value === 'number' && Number.isFinite(value)) ||
  (typeof value === 'string' && DECIMAL_TEXT.test(value));

/** JSON numbers become their shortest decimal spelling ("53.67"), never a binary float's digits. */
export const asDecimalString = (value: DecimalInput): string =>
  typeof value === 'number' ? dec(value).toFixed() : value;

export const asOptionalDecimalString = (value: DecimalInput | null | undefined): string | null =>
  value === null || value === undefined ? null : asDecimalString(value);

export function IsDecimalInput(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isDecimalInput',
      validator: {
        validate: isDecimalInput,
        defaultMessage: () => '$property must be a number or a decimal string like "97.7"',
      },
    },
    options,
  );
}

/** Targets by fiscal year: `{ "2024": 70, "2025": "72.5" }`. */
export function IsYearTargets(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isYearTargets',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'object' &&
          value !== null &&
          !Array.isArray(value) &&
          Object.entries(value).every(([year, target]) => YEAR_KEY.test(year) && isDecimalInput(target)),
        defaultMessage: () => '$property must map fiscal years ("2024") to numbers or decimal strings',
      },
    },
    options,
  );
}

export const asTargets = (targets: Record<string, DecimalInput> | undefined): Record<string, string> =>
  Object.fromEntries(Object.entries(targets ?? {}).map(([year, target]) => [year, asDecimalString(target)]));

/** A calendar date `YYYY-MM-DD`. */
export function IsIsoDate(): PropertyDecorator {
  return (target, key) => {
    Matches(DATE_PATTERN, { message: `${String(key)} must be a date (YYYY-MM-DD)` })(target, key);
    IsISO8601({ strict: true }, { message: `${String(key)} must be a real calendar date` })(target, key);
  };
}
