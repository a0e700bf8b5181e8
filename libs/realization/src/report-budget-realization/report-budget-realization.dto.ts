import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PERIODS, Period } from '../domain/realization.events';
import { CODE_MAX_LENGTH, CODE_PATTERN } from '../domain/realization.rules';
import { CODE_MESSAGE, DatedInputDto } from '../shared/ledger-input.dto';
import { DecimalInput, IsDecimalInput, IsRupiahInput, RupiahInput } from '../shared/quantity-input';

export class ReportBudgetRealizationDto extends DatedInputDto {
  @ApiProperty({ example: '5.03.01', pattern: CODE_PATTERN.source, maxLength: CODE_MAX_LENGTH })
  @IsString()
  @MaxLength(CODE_MAX_LENGTH)
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code: string;

  @ApiProperty({
    enum: PERIODS,
    example: 'FY',
    description: 'The figure is cumulative up to the end of this period',
  })
  @IsIn(PERIODS)
  period: Period;

  @ApiProperty({
    oneOf: [
      { type: 'integer', minimum: 0 },
      { type: 'string', pattern: '^\\d+$' },
    ],
    example: 6095908933,
  })
  @IsRupiahInput()
  realized: RupiahInput;

  @ApiPropertyOptional({
    oneOf: [{ type: 'number' }, { type: 'string' }],
    nullable: true,
    example: 100,
    description: 'Physical progress (realisasi fisik), percent 0–100',
  })
  @IsOptional()
  @IsDecimalInput({ min: 0, max: 100 })
  physicalProgress?: DecimalInput | null;
}
