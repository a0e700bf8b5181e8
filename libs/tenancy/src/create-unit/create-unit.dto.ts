import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { CODE_MAX_LENGTH, NAME_MAX_LENGTH, SLUG_PATTERN } from '../domain/tenancy.rules';

export class CreateUnitDto {
  @ApiProperty({ example: 'subbag-tata-usaha', pattern: SLUG_PATTERN.source, maxLength: CODE_MAX_LENGTH })
  @IsString()
  @MaxLength(CODE_MAX_LENGTH)
  @Matches(SLUG_PATTERN, { message: 'code must be a lowercase slug (a-z, 0-9, single hyphens)' })
  code: string;

  @ApiProperty({ example: 'Subbagian Tata Usaha', maxLength: NAME_MAX_LENGTH })
  @IsString()
  @Length(1, NAME_MAX_LENGTH)
  name: string;

  @ApiPropertyOptional({
    example: 'sekretariat',
    nullable: true,
    description: 'The parent unit (created before); none: directly under the head of agency',
  })
  @IsOptional()
  @IsString()
  @MaxLength(CODE_MAX_LENGTH)
  @Matches(SLUG_PATTERN, { message: 'parent must be a unit code (a lowercase slug)' })
  parent?: string | null;
}
