import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { IsInt, IsString, Min, ValidateNested, validateSync } from 'class-validator';
import { fieldErrorsOf } from './validation-errors';

class BudgetLine {
  @IsString() account: string;
  @IsInt() @Min(0) amount: number;
}

class Program {
  @IsString() name: string;
  @ValidateNested({ each: true }) @Type(() => BudgetLine) budget: BudgetLine[];
}

describe('field errors', () => {
  it('name nested array members by JSON path', () => {
    const program = plainToInstance(Program, {
      name: 3,
      budget: [
        { account: '5.1', amount: 10 },
        { account: '5.2', amount: -1 },
      ],
    });
    expect(fieldErrorsOf(validateSync(program, { forbidUnknownValues: true }))).toEqual([
      { path: 'name', message: 'must be a string' },
      { path: 'budget[1].amount', message: 'must not be less than 0' },
    ]);
  });

  it('say that an unknown field is not allowed', () => {
    const program = plainToInstance(Program, { name: 'P', budget: [], salary: 1 });
    expect(fieldErrorsOf(validateSync(program, { whitelist: true, forbidNonWhitelisted: true }))).toEqual([
      { path: 'salary', message: 'is not an allowed field' },
    ]);
  });
});
