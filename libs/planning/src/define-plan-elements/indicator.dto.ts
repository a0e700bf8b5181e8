import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  DecimalInput,
  IsDecimalInput,
  IsYearTargets,
  asDecimalString,
  asTargets,
} from '../common/planning-values';
import {
  INDICATOR_LEVELS,
  IndicatorDefinition,
  IndicatorLevel,
  POLARITIES,
  Polarity,
} from '../domain/planning.events';
import {
  CODE_PATTERN,
  LIST_MAX,
  NAME_MAX_LENGTH,
  TEXT_MAX_LENGTH,
  YEAR_MAX,
  YEAR_MIN,
} from '../domain/planning.rules';
import { IsPlanCode } from './plan-element.dto';

export class BaselineDto {
  @ApiPropertyOptional({ nullable: true, example: 2021 })
  @IsOptional()
  @IsInt()
  @Min(YEAR_MIN)
  @Max(YEAR_MAX)
  year?: number | null;

  @ApiProperty({ oneOf: [{ type: 'number' }, { type: 'string' }], example: 60.71 })
  @IsDecimalInput()
  value: DecimalInput;
}

/** Descriptive fields and targets: what a definition gives and a revision may change. */
export class IndicatorFieldsDto {
  @ApiPropertyOptional({ nullable: true, example: 'indeks', description: 'Satuan' })
  @IsOptional()
  @IsString()
  @Length(1, NAME_MAX_LENGTH)
  unit?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    example:
      'jumlah total hasil perkalian dari bobot indikator dikalikan nilai masing-masing jawaban indikator.',
  })
  @IsOptional()
  @IsString()
  @Length(1, TEXT_MAX_LENGTH)
  definition?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'BKN' })
  @IsOptional()
  @IsString()
  @Length(1, TEXT_MAX_LENGTH)
  dataSource?: string | null;

  @ApiPropertyOptional({ type: BaselineDto, nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => BaselineDto)
  baseline?: BaselineDto | null;

  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'number' }, { type: 'string' }] },
    example: { '2024': 70, '2025': 72 },
  })
  @IsOptional()
  @IsYearTargets()
  targets?: Record<string, DecimalInput>;
}

export class IndicatorDto extends IndicatorFieldsDto {
  @IsPlanCode('T1.1')
  code: string;

  @ApiProperty({ example: 'Indeks Profesionalitas ASN' })
  @IsString()
  @Length(1, NAME_MAX_LENGTH)
  name: string;

  @ApiProperty({ enum: POLARITIES, description: 'higher: higher is better; lower: lower is better' })
  @IsIn(POLARITIES)
  polarity: Polarity;

  @ApiProperty({ enum: INDICATOR_LEVELS })
  @IsIn(INDICATOR_LEVELS)
  level: IndicatorLevel;

  @IsPlanCode('T1')
  parent: string;

  @ApiPropertyOptional({
    nullable: true,
    example: 2024,
    description: "First fiscal year in force; absent: the plan's first",
  })
  @IsOptional()
  @IsInt()
  @Min(YEAR_MIN)
  @Max(YEAR_MAX)
  validFrom?: number | null;

  @ApiPropertyOptional({
    nullable: true,
    example: 2026,
    description: "Last fiscal year in force; absent: the plan's last",
  })
  @IsOptional()
  @IsInt()
  @Min(YEAR_MIN)
  @Max(YEAR_MAX)
  validTo?: number | null;

  @ApiPropertyOptional({
    type: [String],
    example: ['OLD.1', 'OLD.2'],
    description: 'Codes of the indicators it succeeds',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_MAX)
  @Matches(CODE_PATTERN, { each: true, message: 'replaces must hold indicator codes like S1.1' })
  replaces?: string[];
}

export const toBaseline = (dto: BaselineDto | null | undefined): IndicatorDefinition['baseline'] =>
  dto ? { year: dto.year ?? null, value: asDecimalString(dto.value) } : null;

export const toIndicator = (dto: IndicatorDto): IndicatorDefinition => ({
  code: dto.code,
  name: dto.name,
  unit: dto.unit ?? null,
  polarity: dto.polarity,
  level: dto.level,
  parent: dto.parent,
  definition: dto.definition ?? null,
  dataSource: dto.dataSource ?? null,
  baseline: toBaseline(dto.baseline),
  targets: asTargets(dto.targets),
  validFrom: dto.validFrom ?? null,
  validTo: dto.validTo ?? null,
  replaces: dto.replaces ?? [],
});
