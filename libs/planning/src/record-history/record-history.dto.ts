import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Length, Max, Min } from 'class-validator';
import { DecimalInput, IsDecimalInput, asOptionalDecimalString } from '../common/planning-values';
import { IsPlanCode } from '../define-plan-elements/plan-element.dto';
import { HistoricalResult } from '../domain/renstra.commands';
import { NAME_MAX_LENGTH, YEAR_MAX, YEAR_MIN } from '../domain/planning.rules';

/** An earlier year's result as reported then (interchange `history`). */
export class HistoricalResultDto {
  @IsPlanCode('OLD.1')
  indicator: string;

  @ApiPropertyOptional({
    nullable: true,
    example: 'Persentase pelayanan kepegawaian yang diselesaikan tepat waktu',
    description: 'Required for an indicator this plan does not define',
  })
  @IsOptional()
  @IsString()
  @Length(1, NAME_MAX_LENGTH)
  name?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '%' })
  @IsOptional()
  @IsString()
  @Length(1, NAME_MAX_LENGTH)
  unit?: string | null;

  @ApiProperty({ example: 2023 })
  @IsInt()
  @Min(YEAR_MIN)
  @Max(YEAR_MAX)
  year: number;

  @ApiPropertyOptional({ nullable: true, oneOf: [{ type: 'number' }, { type: 'string' }], example: 100 })
  @IsOptional()
  @IsDecimalInput()
  target?: DecimalInput | null;

  @ApiPropertyOptional({ nullable: true, oneOf: [{ type: 'number' }, { type: 'string' }], example: 85.8 })
  @IsOptional()
  @IsDecimalInput()
  realization?: DecimalInput | null;
}

export const toHistoricalResult = (dto: HistoricalResultDto): HistoricalResult => ({
  indicator: dto.indicator,
  name: dto.name ?? null,
  unit: dto.unit ?? null,
  year: dto.year,
  target: asOptionalDecimalString(dto.target),
  realization: asOptionalDecimalString(dto.realization),
});
