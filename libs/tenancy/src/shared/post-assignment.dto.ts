import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsISO8601, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PostAssignment } from '../domain/post.decider';
import { CODE_MAX_LENGTH, DATE_PATTERN, SLUG_PATTERN } from '../domain/tenancy.rules';

/** A post to hold: its agency, unit and role come from the post's definition, not from here. */
export class PostAssignmentDto implements PostAssignment {
  @ApiProperty({ example: 'sekretaris-bkpsdm', description: 'The code of a post of the tenant' })
  @IsString()
  @MaxLength(CODE_MAX_LENGTH)
  @Matches(SLUG_PATTERN, { message: 'post must be the code of a post (a lowercase slug)' })
  post: string;

  @ApiPropertyOptional({ description: 'Held as an acting appointment (Plt./Plh.)' })
  @IsOptional()
  @IsBoolean()
  acting?: boolean;

  @ApiPropertyOptional({ format: 'date', example: '2024-04-01', description: 'First day held (inclusive)' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'from must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'from must be a date that exists' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', example: '2024-04-30', description: 'Last day held (inclusive)' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'to must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'to must be a date that exists' })
  to?: string;
}
