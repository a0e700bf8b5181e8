import { SLUG_PATTERN } from '@jejak/tenancy';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsISO8601, IsOptional, Matches, MaxLength } from 'class-validator';
import { DATE_PATTERN } from '../domain/evaluation.rules';

/** A follow-up command may say when its fact took effect, when that is not today, and which unit acts. */
export class FollowUpInputDto {
  @ApiPropertyOptional({
    format: 'date',
    example: '2024-02-05',
    description: 'When it took effect; today when absent',
  })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'occurredOn must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'occurredOn must be a real calendar date' })
  occurredOn?: string;

  @ApiPropertyOptional({
    example: 'sekretariat',
    nullable: true,
    description: 'The unit of the agency that carries it out: a head of unit acts for their own unit only',
  })
  @IsOptional()
  @MaxLength(64)
  @Matches(SLUG_PATTERN, { message: 'unit must be a unit code (a lowercase slug)' })
  unit?: string | null;
}
