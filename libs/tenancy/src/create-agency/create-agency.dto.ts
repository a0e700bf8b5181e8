import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { CODE_MAX_LENGTH, NAME_MAX_LENGTH, SLUG_PATTERN } from '../domain/tenancy.rules';

export class CreateAgencyDto {
  @ApiProperty({ example: 'bkpsdm', pattern: SLUG_PATTERN.source, maxLength: CODE_MAX_LENGTH })
  @IsString()
  @MaxLength(CODE_MAX_LENGTH)
  @Matches(SLUG_PATTERN, { message: 'code must be a lowercase slug (a-z, 0-9, single hyphens)' })
  code: string;

  @ApiProperty({
    example: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia',
    maxLength: NAME_MAX_LENGTH,
  })
  @IsString()
  @Length(1, NAME_MAX_LENGTH)
  name: string;

  @ApiPropertyOptional({ example: 'BKPSDM', nullable: true, maxLength: NAME_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @Length(1, NAME_MAX_LENGTH)
  shortName?: string | null;
}
