import { Band, EfficiencyMethod, LowerIsBetterFormula, RoundingMode } from '@jejak/measurement';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Max,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import {
  EFFICIENCY_METHODS,
  FISCAL_YEAR_MAX,
  FISCAL_YEAR_MIN,
  LOWER_IS_BETTER_FORMULAS,
  ROUNDING_DECIMALS_MAX,
  ROUNDING_MODES,
} from '../domain/tenancy.rules';

const BANDS_MAX = 20;

/** The order of bands (descending, the last unbounded) is the decider's rule: 400 naming the band. */
export class BandDto implements Band {
  @ApiProperty({
    type: Number,
    nullable: true,
    example: 85,
    description: 'Inclusive lower bound; null in the last band',
  })
  @ValidateIf((band: BandDto) => band.from !== null)
  @IsNumber(
    { allowNaN: false, allowInfinity: false },
    { message: 'from must be a number, or null in the last band' },
  )
  from: number | null;

  @ApiProperty({ example: 'Sangat Berhasil' })
  @IsString()
  @Length(1, 200)
  label: string;
}

export class RoundingDto {
  @ApiPropertyOptional({ enum: ROUNDING_MODES, example: 'half-up' })
  @IsOptional()
  @IsIn(ROUNDING_MODES)
  mode?: RoundingMode;

  @ApiPropertyOptional({ minimum: 0, maximum: ROUNDING_DECIMALS_MAX, example: 2 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(ROUNDING_DECIMALS_MAX)
  decimals?: number;
}

export class EfficiencyDto {
  @ApiPropertyOptional({ enum: EFFICIENCY_METHODS, example: 'ratio' })
  @IsOptional()
  @IsIn(EFFICIENCY_METHODS)
  method?: EfficiencyMethod;

  @ApiPropertyOptional({ type: [BandDto] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BANDS_MAX)
  @ValidateNested({ each: true })
  @Type(() => BandDto)
  bands?: BandDto[];
}

/** What a tenant states; every part left out keeps the platform default (interchange README). */
export class ConventionsDto {
  @ApiPropertyOptional({ enum: LOWER_IS_BETTER_FORMULAS, example: 'two-target-minus-realization' })
  @IsOptional()
  @IsIn(LOWER_IS_BETTER_FORMULAS)
  lowerIsBetter?: LowerIsBetterFormula;

  @ApiPropertyOptional({ type: RoundingDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => RoundingDto)
  rounding?: RoundingDto;

  @ApiPropertyOptional({ type: [BandDto] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(BANDS_MAX)
  @ValidateNested({ each: true })
  @Type(() => BandDto)
  achievementBands?: BandDto[];

  @ApiPropertyOptional({ type: EfficiencyDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => EfficiencyDto)
  efficiency?: EfficiencyDto;
}

export class ChangeConventionsDto {
  @ApiProperty({ minimum: FISCAL_YEAR_MIN, maximum: FISCAL_YEAR_MAX, example: 2024 })
  @IsInt()
  @Min(FISCAL_YEAR_MIN)
  @Max(FISCAL_YEAR_MAX)
  fromFiscalYear: number;

  @ApiProperty({ type: ConventionsDto })
  @IsObject()
  @ValidateNested()
  @Type(() => ConventionsDto)
  conventions: ConventionsDto;
}
