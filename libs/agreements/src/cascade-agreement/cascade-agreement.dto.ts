import { ApiProperty, ApiPropertyOptional, OmitType } from '@nestjs/swagger';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { PARTY_MAX_LENGTH, PARTY_PATTERN } from '../domain/agreement.rules';
import { DraftAgreementDto } from '../draft-agreement/draft-agreement.dto';

/** The fiscal year is the path's. A PK cascaded to a unit or a person: sekretaris and kepala bidang with the head, staff with their supervisor. */
export class CascadeAgreementDto extends OmitType(DraftAgreementDto, ['fiscalYear'] as const) {
  @ApiProperty({
    example: 'bidang-mutasi-kepangkatan',
    pattern: PARTY_PATTERN.source,
    description: 'The unit or post the PK is with',
  })
  @IsString()
  @MaxLength(PARTY_MAX_LENGTH)
  @Matches(PARTY_PATTERN, { message: 'party must be a unit or post code (a lowercase slug)' })
  party: string;

  @ApiPropertyOptional({
    nullable: true,
    example: null,
    description: "The party of the PK it is cascaded from; null: the agency's own PK",
  })
  @IsOptional()
  @IsString()
  @MaxLength(PARTY_MAX_LENGTH)
  @Matches(PARTY_PATTERN, { message: 'cascadedFrom must be a unit or post code (a lowercase slug), or null' })
  cascadedFrom?: string | null;
}
