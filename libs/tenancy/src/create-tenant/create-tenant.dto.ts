import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, Matches, MaxLength } from 'class-validator';
import { TenantKind } from '../domain/tenancy.events';
import { CODE_MAX_LENGTH, NAME_MAX_LENGTH, SLUG_PATTERN, TENANT_KINDS } from '../domain/tenancy.rules';

export class CreateTenantDto {
  @ApiProperty({ example: 'kota-dumai', pattern: SLUG_PATTERN.source, maxLength: CODE_MAX_LENGTH })
  @IsString()
  @MaxLength(CODE_MAX_LENGTH)
  @Matches(SLUG_PATTERN, { message: 'code must be a lowercase slug (a-z, 0-9, single hyphens)' })
  code: string;

  @ApiProperty({ example: 'Pemerintah Kota Dumai', minLength: 1, maxLength: NAME_MAX_LENGTH })
  @IsString()
  @Length(1, NAME_MAX_LENGTH)
  name: string;

  @ApiProperty({ enum: TENANT_KINDS, example: 'kota' })
  @IsIn(TENANT_KINDS)
  kind: TenantKind;

  @ApiPropertyOptional({ example: 'Riau', nullable: true, maxLength: NAME_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @Length(1, NAME_MAX_LENGTH)
  province?: string | null;
}
