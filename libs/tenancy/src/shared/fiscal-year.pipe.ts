import { RequestValidationError } from '@jejak/http';
import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '../domain/tenancy.rules';

/** `@Query('year', OptionalFiscalYearPipe)`: absent → undefined; a year; else 400 naming the parameter. */
@Injectable()
export class OptionalFiscalYearPipe implements PipeTransform<unknown, number | undefined> {
  transform(value: unknown, metadata: ArgumentMetadata): number | undefined {
    if (value === undefined) return undefined;
    const year = typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : NaN;
    if (year >= FISCAL_YEAR_MIN && year <= FISCAL_YEAR_MAX) return year;
    throw new RequestValidationError([
      {
        path: metadata.data ?? 'year',
        message: `must be a fiscal year from ${FISCAL_YEAR_MIN} to ${FISCAL_YEAR_MAX}`,
      },
    ]);
  }
}
