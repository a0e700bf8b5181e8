import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { BUDGET_LEVELS, BudgetLevel } from '../domain/realization.events';
import { CODE_MAX_LENGTH, CODE_PATTERN, TEXT_MAX_LENGTH } from '../domain/realization.rules';
import { CODE_MESSAGE, DatedInputDto } from '../shared/ledger-input.dto';
import { IsRupiahInput, RupiahInput } from '../shared/quantity-input';

export class AllocateBudgetDto extends DatedInputDto {
  @ApiProperty({ example: '5.03.02.2.02.0001', pattern: CODE_PATTERN.source, maxLength: CODE_MAX_LENGTH })
  @IsString()
  @MaxLength(CODE_MAX_LENGTH)
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code: string;

  @ApiProperty({
    enum: BUDGET_LEVELS,
    example: 'subActivity',
    description: 'Program, kegiatan or sub kegiatan',
  })
  @IsIn(BUDGET_LEVELS)
  level: BudgetLevel;

  @ApiProperty({
    oneOf: [
      { type: 'integer', minimum: 0 },
      { type: 'string', pattern: '^\\d+$' },
    ],
    example: 199906524,
  })
  @IsRupiahInput()
  allocation: RupiahInput;

  @ApiPropertyOptional({
    example: 'DPPA 2024',
    nullable: true,
    maxLength: TEXT_MAX_LENGTH,
    description: 'What set the ceiling; a later ceiling on a new basis replaces the one in force',
  })
  @IsOptional()
  @IsString()
  @Length(1, TEXT_MAX_LENGTH)
  basis?: string | null;
}
