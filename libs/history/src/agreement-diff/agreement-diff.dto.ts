import { ApiProperty } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

const VERSION_MAX = 1000;

/** `?from=0&to=2`: two versions of the PK (0 the original as signed, n after amendment n). */
export class AgreementDiffQueryDto {
  @ApiProperty({ example: 0, minimum: 0 })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(VERSION_MAX)
  from: number;

  @ApiProperty({ example: 1, minimum: 0 })
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(VERSION_MAX)
  to: number;
}
