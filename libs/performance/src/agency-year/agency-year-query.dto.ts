import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '@jejak/tenancy';
import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

/** `?year=2024`: the fiscal year of the computed views; missing or malformed → 400 naming `year`. */
export class AgencyYearQueryDto {
  @ApiProperty({ example: 2024, minimum: FISCAL_YEAR_MIN, maximum: FISCAL_YEAR_MAX })
  @Type(() => Number)
  @IsInt()
  @Min(FISCAL_YEAR_MIN)
  @Max(FISCAL_YEAR_MAX)
  year: number;
}
