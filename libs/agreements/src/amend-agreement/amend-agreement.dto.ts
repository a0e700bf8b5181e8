import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDefined, IsOptional, IsString, Length, Matches, ValidateIf } from 'class-validator';
import { TEXT_MAX_LENGTH } from '../domain/agreement.rules';
import {
  BudgetLineDto,
  BudgetList,
  DateOrNull,
  TargetDto,
  TargetsList,
} from '../draft-agreement/agreement-terms.dto';

/** PK Perubahan: its date, reason and legal basis, and the full new targets list and/or budget list. */
export class AmendAgreementDto {
  @ApiProperty({
    format: 'date',
    nullable: true,
    example: '2024-09-23',
    description: 'Signing or effective date; null when the document has none',
  })
  @DateOrNull()
  signedOn: string | null;

  @ApiProperty({
    example: 'Perubahan Anggaran 2024 (DPPA BKPSDM Kota Dumai 2024)',
    maxLength: TEXT_MAX_LENGTH,
  })
  @IsString()
  @Length(1, TEXT_MAX_LENGTH)
  @Matches(/\S/, { message: 'reason must say why the agreement is amended' })
  reason: string;

  @ApiPropertyOptional({
    nullable: true,
    maxLength: TEXT_MAX_LENGTH,
    description: 'The legal basis (dasar hukum), e.g. the DPPA',
  })
  @IsOptional()
  @IsString()
  @Length(1, TEXT_MAX_LENGTH)
  legalBasis?: string | null;

  @ApiPropertyOptional({ type: [TargetDto], description: 'The full new targets list; absent: unchanged' })
  @ValidateIf((o: AmendAgreementDto) => o.targets != null || o.budget == null)
  @IsDefined({
    message: 'targets or budget must be given: an amendment carries the full new list of one or both',
  })
  @TargetsList()
  targets?: TargetDto[] | null;

  @ApiPropertyOptional({ type: [BudgetLineDto], description: 'The full new budget list; absent: unchanged' })
  @IsOptional()
  @BudgetList()
  budget?: BudgetLineDto[] | null;
}
