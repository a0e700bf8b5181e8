import { ArgumentMetadata, PipeTransform } from '@nestjs/common';
import { RequestValidationError } from '../problem/problem';

/**
 * `@Param('year', new FiscalYearPipe(min, max))` or `@Query(…)`: a fiscal year from `min` to `max`,
 * else 400 naming the parameter. Takes four digits, or the number the global ValidationPipe made of
 * them for a `number` parameter (transform: true).
 */
export class FiscalYearPipe implements PipeTransform<unknown, number> {
  constructor(
    private readonly min: number,
    private readonly max: number,
  ) {}

  transform(value: unknown, metadata: ArgumentMetadata): number {
    const year = typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value;
    if (typeof year === 'number' && Number.isInteger(year) && year >= this.min && year <= this.max)
      return year;
    throw new RequestValidationError([
      { path: metadata.data ?? 'year', message: `must be a fiscal year from ${this.min} to ${this.max}` },
    ]);
  }
}

/** {@link FiscalYearPipe} for a parameter that may be left out: absent → undefined. */
export class OptionalFiscalYearPipe implements PipeTransform<unknown, number | undefined> {
  private readonly year: FiscalYearPipe;

  constructor(min: number, max: number) {
    this.year = new FiscalYearPipe(min, max);
  }

  transform(value: unknown, metadata: ArgumentMetadata): number | undefined {
    return value === undefined ? undefined : this.year.transform(value, metadata);
  }
}
