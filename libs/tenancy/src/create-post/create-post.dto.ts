import { POST_ROLES, PostRole } from '@jejak/access';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { CODE_MAX_LENGTH, NAME_MAX_LENGTH, SLUG_PATTERN } from '../domain/tenancy.rules';

const SLUG_MESSAGE = (field: string) =>
  `${field} must be a code (a lowercase slug: a-z, 0-9, single hyphens)`;

export class CreatePostDto {
  @ApiProperty({ example: 'kepala-bidang-mutasi', pattern: SLUG_PATTERN.source, maxLength: CODE_MAX_LENGTH })
  @IsString()
  @MaxLength(CODE_MAX_LENGTH)
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE('code') })
  code: string;

  @ApiProperty({ example: 'Kepala Bidang Mutasi dan Kepangkatan', maxLength: NAME_MAX_LENGTH })
  @IsString()
  @Length(1, NAME_MAX_LENGTH)
  title: string;

  @ApiProperty({ example: 'bkpsdm', description: 'The agency the post belongs to' })
  @IsString()
  @MaxLength(CODE_MAX_LENGTH)
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE('agency') })
  agency: string;

  @ApiPropertyOptional({
    example: 'bidang-mutasi-kepangkatan',
    nullable: true,
    description: "A unit of the agency; required for 'head-of-unit' and 'staff'",
  })
  @IsOptional()
  @IsString()
  @MaxLength(CODE_MAX_LENGTH)
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE('unit') })
  unit?: string | null;

  @ApiProperty({
    enum: POST_ROLES,
    example: 'head-of-unit',
    description: 'What the post may do (access policy)',
  })
  @IsIn(POST_ROLES)
  role: PostRole;

  @ApiPropertyOptional({
    example: 'kepala-badan',
    nullable: true,
    description: 'The post above it, defined before it (where escalations go)',
  })
  @IsOptional()
  @IsString()
  @MaxLength(CODE_MAX_LENGTH)
  @Matches(SLUG_PATTERN, { message: SLUG_MESSAGE('superior') })
  superior?: string | null;
}
