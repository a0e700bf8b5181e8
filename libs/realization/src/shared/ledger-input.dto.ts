import { SLUG_PATTERN } from '@jejak/tenancy';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { PERIODS, Period } from '../domain/realization.events';
import { CODE_MAX_LENGTH, CODE_PATTERN, TEXT_MAX_LENGTH } from '../domain/realization.rules';
import { IsMeasurementForm, MeasurementInput, given } from './measurement-input';
import { DecimalInput, IsDecimalInput } from './quantity-input';

export const CODE_MESSAGE =
  'must be a code like "S1.1" or "5.03.02.2.01.0001" (letters, digits, ".", "_", "-")';
const DECIMAL = {
  oneOf: [{ type: 'number' }, { type: 'string', pattern: '^-?\\d+(\\.\\d+)?$' }],
  nullable: true,
};

/** Every ledger command may say when its fact took effect, when that is not today. */
export class DatedInputDto {
  @ApiPropertyOptional({
    format: 'date',
    example: '2024-12-31',
    description: 'When the fact took effect; today when absent',
  })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'must be a date (YYYY-MM-DD)' })
  occurredOn?: string;
}

/** An indicator's measurement for a period: a value, or a numerator and a denominator. */
export class IndicatorMeasurementDto extends DatedInputDto implements MeasurementInput {
  @ApiProperty({ example: 'S1.1', pattern: CODE_PATTERN.source, maxLength: CODE_MAX_LENGTH })
  @IsString()
  @MaxLength(CODE_MAX_LENGTH)
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  indicator: string;

  @ApiProperty({ enum: PERIODS, example: 'FY', description: 'Q1–Q4 (triwulan) or FY (the fiscal year)' })
  @IsIn(PERIODS)
  period: Period;

  @ApiPropertyOptional({
    ...DECIMAL,
    example: 279,
    description: 'The value; or give numerator and denominator',
  })
  @IsMeasurementForm()
  value?: DecimalInput | null;

  @ApiPropertyOptional({ ...DECIMAL, example: 1452, description: 'With denominator: a ratio, kept raw' })
  @ValidateIf((o: MeasurementInput) => given(o.numerator) || given(o.denominator))
  @IsDecimalInput({ min: 0 })
  numerator?: DecimalInput | null;

  @ApiPropertyOptional({
    ...DECIMAL,
    example: 1693,
    description: 'Not zero (a ratio over zero has no value: 422)',
  })
  @ValidateIf((o: MeasurementInput) => given(o.numerator) || given(o.denominator))
  @IsDecimalInput({ min: 0 })
  denominator?: DecimalInput | null;

  @ApiPropertyOptional({
    example: 'KASN',
    nullable: true,
    maxLength: TEXT_MAX_LENGTH,
    description: 'Where it comes from',
  })
  @IsOptional()
  @IsString()
  @Length(1, TEXT_MAX_LENGTH)
  source?: string | null;

  @ApiPropertyOptional({
    example: 'bidang-mutasi-kepangkatan',
    nullable: true,
    description:
      "The reporting unit: the one owning the indicator's kegiatan. Staff and heads of unit act for their own unit only.",
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(SLUG_PATTERN, { message: 'must be a unit code (a lowercase slug)' })
  unit?: string | null;
}
