import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsInt, IsOptional, IsString, Length, Max, Min, ValidateNested } from 'class-validator';
import { IsIsoDate } from '../common/planning-values';
import { NAME_MAX_LENGTH, YEAR_MAX, YEAR_MIN } from '../domain/planning.rules';

export class PeriodDto {
  @ApiProperty({ example: 2021 })
  @IsInt()
  @Min(YEAR_MIN)
  @Max(YEAR_MAX)
  from: number;

  @ApiProperty({ example: 2026, description: 'After `from`, at most 5 years after it' })
  @IsInt()
  @Min(YEAR_MIN)
  @Max(YEAR_MAX)
  to: number;
}

export class AdoptRenstraDto {
  @ApiProperty({ example: 'Renstra BKPSDM Kota Dumai 2021-2026' })
  @IsString()
  @Length(1, NAME_MAX_LENGTH)
  title: string;

  @ApiProperty({ type: PeriodDto })
  @IsDefined()
  @ValidateNested()
  @Type(() => PeriodDto)
  period: PeriodDto;

  @ApiPropertyOptional({
    format: 'date',
    nullable: true,
    example: '2021-08-16',
    description: 'Absent or null: undated',
  })
  @IsOptional()
  @IsIsoDate()
  adoptedOn?: string | null;
}
