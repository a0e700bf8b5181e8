import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN } from '@jejak/tenancy';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { AXES, AsOf, Axis } from '../domain/as-of';
import { IsInstant, instantOf } from './instant';

/** `?year=` of an agency-year, and the axis its instants are on. */
export class AgencyYearAxisDto {
  @ApiProperty({ example: 2024, minimum: FISCAL_YEAR_MIN, maximum: FISCAL_YEAR_MAX })
  @Type(() => Number)
  @IsInt()
  @Min(FISCAL_YEAR_MIN)
  @Max(FISCAL_YEAR_MAX)
  year: number;

  @ApiPropertyOptional({
    enum: AXES,
    default: 'recorded',
    description: 'recorded: what Jejak held then; effective: what was in force then (as known today)',
  })
  @IsOptional()
  @IsIn(AXES)
  axis?: Axis;
}

/** `GET …/state?year=&asOf=&axis=`. */
export class AgencyStateQueryDto extends AgencyYearAxisDto {
  @ApiPropertyOptional({
    example: '2024-10-01',
    description: 'A date (its end, UTC) or an instant with its time zone; absent: now',
  })
  @IsOptional()
  @IsInstant()
  asOf?: string;
}

/** `GET …/state/diff?year=&from=&to=&axis=`. */
export class StateDiffQueryDto extends AgencyYearAxisDto {
  @ApiProperty({ example: '2024-06-30', description: 'The earlier instant (a date: its end, UTC)' })
  @IsInstant()
  from: string;

  @ApiProperty({ example: '2024-12-31', description: 'The later instant (a date: its end, UTC)' })
  @IsInstant()
  to: string;
}

/** The instant a parameter names, on the axis asked (recorded when none is). */
export const asOfOf = (text: string | undefined, axis: Axis | undefined, now = new Date()): AsOf => ({
  axis: axis ?? 'recorded',
  at: text === undefined ? now : instantOf(text, 'end'),
});
