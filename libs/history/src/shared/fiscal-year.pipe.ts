import { RequestValidationError } from '@jejak/http';
import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '@jejak/tenancy';
import { ArgumentMetadata, Injectable, PipeTransform } from '@nestjs/common';

/** `@Param('year', FiscalYearPipe)`: a fiscal year, or 400 naming the parameter. */
@Injectable()
export class FiscalYearPipe implements PipeTransform<unknown, number> {
  transform(value: unknown, metadata: ArgumentMetadata): number {
    // The global ValidationPipe may already have turned the text into a number (transform: true).
    const year = typeof value === 'string' && /^\d{4}$/.test(value) ? Number(value) : value;
    if (
      typeof year === 'number' &&
      Number.isInteger(year) &&
      year >= FISCAL_YEAR_MIN &&
      year <= FISCAL_YEAR_MAX
    )
      return year;
    throw new RequestValidationError([
      {
        path: metadata.data ?? 'year',
        message: `must be a fiscal year from ${FISCAL_YEAR_MIN} to ${FISCAL_YEAR_MAX}`,
      },
    ]);
  }
}
