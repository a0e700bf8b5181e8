import { ArgumentMetadata } from '@nestjs/common';
import { RequestValidationError } from '../problem/problem';
import { FiscalYearPipe, OptionalFiscalYearPipe } from './fiscal-year.pipe';

const query: ArgumentMetadata = { type: 'query', data: 'year' };

describe('the fiscal-year pipes', () => {
  it('take four digits, or the number ValidationPipe made of them, within the bounds', () => {
    const pipe = new FiscalYearPipe(1990, 2100);
    expect(pipe.transform('2024', query)).toBe(2024);
    expect(pipe.transform(2024, query)).toBe(2024);
  });

  it.each([['1989'], ['2101'], ['24'], ['2024.0'], [2024.5], [undefined], [['2024']]])(
    'refuse %p as a 400 naming the parameter',
    (value) => {
      const refuse = () => new FiscalYearPipe(1990, 2100).transform(value, query);
      expect(refuse).toThrow(RequestValidationError);
      expect(() => refuse()).toThrow(
        expect.objectContaining({
          errors: [{ path: 'year', message: 'must be a fiscal year from 1990 to 2100' }],
        }),
      );
    },
  );

  it('leave an optional year out when it is absent, and judge it when given', () => {
    const pipe = new OptionalFiscalYearPipe(1990, 2100);
    expect(pipe.transform(undefined, query)).toBeUndefined();
    expect(pipe.transform('2021', query)).toBe(2021);
    expect(() => pipe.transform('x', query)).toThrow(RequestValidationError);
  });
});
