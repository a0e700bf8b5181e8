import { ValidationArguments, ValidationOptions, registerDecorator } from 'class-validator';
import { Measurement, ReportedMeasurement } from '../domain/realization.events';
import { DecimalInput, isDecimalInput, toDecimalString } from './quantity-input';

/** The measurement fields of a request: a value, or a numerator and a denominator, or pending. */
export interface MeasurementInput {
  readonly value?: DecimalInput | null;
  readonly numerator?: DecimalInput | null;
  readonly denominator?: DecimalInput | null;
  readonly status?: 'pending' | 'reported';
}

export const given = (value: unknown): boolean => value !== undefined && value !== null;

/** What is wrong with the form of the measurement, said of `value`; null when it is one form. */
export function measurementFormProblem(input: MeasurementInput): string | null {
  const hasValue = given(input.value);
  const hasRatio = given(input.numerator) || given(input.denominator);
  const pending = input.status === 'pending';
  if (pending && (hasValue || hasRatio))
    return 'must be absent for a pending realization (pending is not zero)';
  if (hasValue && hasRatio) return 'must be absent when a numerator and a denominator are given';
  if (!pending && !hasValue && !hasRatio) {
    return 'is required: give a value, or a numerator and a denominator, or status "pending"';
  }
  if (hasValue && !isDecimalInput(input.value))
    return 'must be a decimal number (a JSON number or a string like "77.3")';
  return null;
}

/**
 * On `value`: the measurement is exactly one form (interchange `realizations[]`), and the value a
 * decimal. The numerator and denominator validate themselves.
 */
export function IsMeasurementForm(options?: ValidationOptions): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isMeasurementForm',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: (args: ValidationArguments) => measurementFormProblem(args.object as MeasurementInput) ?? '',
        ...options,
      },
      validator: {
        validate: (_value: unknown, args?: ValidationArguments) =>
          args !== undefined && measurementFormProblem(args.object as MeasurementInput) === null,
      },
    });
}

/** The validated input as the event's measurement, decimals as canonical strings. */
export function measurementOf(input: MeasurementInput): Measurement {
  if (input.status === 'pending') return { kind: 'pending' };
  return reportedMeasurementOf(input);
}

export function reportedMeasurementOf(input: MeasurementInput): ReportedMeasurement {
  if (given(input.value)) return { kind: 'value', value: toDecimalString(input.value as DecimalInput) };
  return {
    kind: 'ratio',
    numerator: toDecimalString(input.numerator as DecimalInput),
    denominator: toDecimalString(input.denominator as DecimalInput),
  };
}
