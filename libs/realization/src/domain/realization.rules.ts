import { dec } from '@jejak/measurement';
import { InvalidQuantity, ZeroDenominator } from './realization.errors';
import {
  DecimalString,
  Measurement,
  Period,
  PERIODS,
  ReportedMeasurement,
  Rupiah,
} from './realization.events';

/** Indicator and budget codes, as the interchange format states them (`S1.1`, `5.03.02.2.01.0001`). */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
export const CODE_MAX_LENGTH = 64;
/** Free text (a source, a reason, a basis), as long as the interchange format allows. */
export const TEXT_MAX_LENGTH = 4000;
/** Fiscal years the platform holds (interchange `year`). */
export const FISCAL_YEAR_MIN = 1990;
export const FISCAL_YEAR_MAX = 2100;
/** A decimal as text: digits, an optional fraction, an optional minus sign. */
export const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;
/** Whole rupiah as text: digits only; 18 always fit the read model's bigint (10^18 rupiah is no budget). */
export const RUPIAH_PATTERN = /^\d{1,18}$/;

/** `"077.30"` and `77.3` are the same number: events carry one spelling, so equal facts compare equal. */
export function canonicalDecimal(value: DecimalString, field: string): DecimalString {
  if (!DECIMAL_PATTERN.test(value)) throw new InvalidQuantity(field, 'a decimal number');
  return dec(value).toFixed();
}

export function canonicalRupiah(value: Rupiah, field: string): Rupiah {
  if (!RUPIAH_PATTERN.test(value)) throw new InvalidQuantity(field, 'whole rupiah, 0 or more');
  return BigInt(value).toString();
}

export function canonicalPercent(value: DecimalString, field: string): DecimalString {
  const canonical = canonicalDecimal(value, field);
  if (dec(canonical).lt(0) || dec(canonical).gt(100))
    throw new InvalidQuantity(field, 'a percentage from 0 to 100');
  return canonical;
}

/** The measurement in canonical spelling; a ratio over zero has no value and is refused. */
export function canonicalMeasurement<M extends Measurement>(measurement: M, indicator: string): M {
  switch (measurement.kind) {
    case 'pending':
      return measurement;
    case 'value':
      return { kind: 'value', value: canonicalDecimal(measurement.value, 'value') } as M;
    case 'ratio': {
      const numerator = canonicalDecimal(measurement.numerator, 'numerator');
      const denominator = canonicalDecimal(measurement.denominator, 'denominator');
      if (dec(denominator).isZero()) throw new ZeroDenominator(indicator);
      return { kind: 'ratio', numerator, denominator } as M;
    }
  }
}

/** Two canonical measurements say the same thing. */
export function sameMeasurement(a: Measurement, b: Measurement): boolean {
  if (a.kind === 'value' && b.kind === 'value') return a.value === b.value;
  if (a.kind === 'ratio' && b.kind === 'ratio')
    return a.numerator === b.numerator && a.denominator === b.denominator;
  return a.kind === 'pending' && b.kind === 'pending';
}

export const isReported = (measurement: Measurement): measurement is ReportedMeasurement =>
  measurement.kind !== 'pending';

/** Q1 < Q2 < Q3 < Q4 < FY. */
export const periodOrder = (period: Period): number => PERIODS.indexOf(period);
