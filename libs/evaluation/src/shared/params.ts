import { RequestValidationError } from '@jejak/http';
import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '../domain/evaluation.rules';

/** The most recommendations an LHE carries, as far as routes go. */
export const RECOMMENDATIONS_MAX = 500;

const invalid = (metadata: ArgumentMetadata, fallback: string, message: string): never => {
  throw new RequestValidationError([{ path: metadata.data ?? fallback, message }]);
};

/** A whole number as the route gives it: digits, or a number (the global pipe may have converted it). */
function wholeNumber(value: unknown, digits: number): number {
  if (typeof value === 'number') return Number.isInteger(value) ? value : NaN;
  return typeof value === 'string' && new RegExp(`^\\d{1,${digits}}$`).test(value) ? Number(value) : NaN;
}

const isFiscalYear = (year: number): boolean =>
  Number.isInteger(year) && year >= FISCAL_YEAR_MIN && year <= FISCAL_YEAR_MAX;

/** `@Param('year', EvaluationYearPipe)`: the fiscal year evaluated (the LHE's id), or 400 naming the parameter. */
@Injectable()
export class EvaluationYearPipe implements PipeTransform<unknown, number> {
  transform(value: unknown, metadata: ArgumentMetadata): number {
    const year = wholeNumber(value, 4);
    if (isFiscalYear(year)) return year;
    return invalid(metadata, 'year', `must be a fiscal year from ${FISCAL_YEAR_MIN} to ${FISCAL_YEAR_MAX}`);
  }
}

/** `@Query('evaluation', OptionalEvaluationYearPipe)`: as {@link EvaluationYearPipe}, or undefined when absent. */
@Injectable()
export class OptionalEvaluationYearPipe implements PipeTransform<unknown, number | undefined> {
  transform(value: unknown, metadata: ArgumentMetadata): number | undefined {
    return value === undefined ? undefined : new EvaluationYearPipe().transform(value, metadata);
  }
}

/** `@Param('n', RecommendationNumberPipe)`: a recommendation's number, 1 or more. */
@Injectable()
export class RecommendationNumberPipe implements PipeTransform<unknown, number> {
  transform(value: unknown, metadata: ArgumentMetadata): number {
    const n = wholeNumber(value, 3);
    if (n >= 1 && n <= RECOMMENDATIONS_MAX) return n;
    return invalid(metadata, 'n', `must be a recommendation's number, from 1 to ${RECOMMENDATIONS_MAX}`);
  }
}

export interface FollowUpKey {
  readonly fiscalYearEvaluated: number;
  readonly recommendation: number;
}

/** `@Param('id', FollowUpIdPipe)`: `2023-1`, the fiscal year evaluated and the recommendation's number. */
@Injectable()
export class FollowUpIdPipe implements PipeTransform<unknown, FollowUpKey> {
  transform(value: unknown, metadata: ArgumentMetadata): FollowUpKey {
    const match = typeof value === 'string' ? /^(\d{4})-(\d{1,3})$/.exec(value) : null;
    const [year, n] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
    if (isFiscalYear(year) && n >= 1 && n <= RECOMMENDATIONS_MAX)
      return { fiscalYearEvaluated: year, recommendation: n };
    return invalid(
      metadata,
      'id',
      'must be a follow-up id: the fiscal year evaluated and the number, like 2023-1',
    );
  }
}

/** `@Param('sha256', Sha256Pipe)`: 64 hexadecimal digits, lower case. */
@Injectable()
export class Sha256Pipe implements PipeTransform<unknown, string> {
  transform(value: unknown, metadata: ArgumentMetadata): string {
    if (typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)) return value;
    return invalid(metadata, 'sha256', 'must be a SHA-256 in hexadecimal (64 digits, lower case)');
  }
}
