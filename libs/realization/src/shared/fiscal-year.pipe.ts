import { RequestValidationError } from '@jejak/http';
import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '../domain/realization.rules';

/** `@Param('year', FiscalYearPipe)` or `@Query('year', FiscalYearPipe)`: a year, or 400 naming the parameter. */
@Injectable()
export class FiscalYearPipe implements PipeTransform<unknown, number> {
  transform(value: unknown, metadata: ArgumentMetadata): number {
    const year = typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value;
    if (
      typeof year === 'number' &&
      Number.isInteger(year) &&
      year >= FISCAL_YEAR_MIN &&
      year <= FISCAL_YEAR_MAX
    ) {
      return year;
    }
    throw new RequestValidationError([
      {
        path: metadata.data ?? 'year',
        message: `must be a fiscal year from ${FISCAL_YEAR_MIN} to ${FISCAL_YEAR_MAX}`,
      },
    ]);
  }
}
