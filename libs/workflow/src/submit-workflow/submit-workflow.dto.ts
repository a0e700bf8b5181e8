import { SLUG_PATTERN } from '@jejak/tenancy';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { DOCUMENT_TYPES } from '../domain/approval-chain.defaults';
import { DocumentType } from '../domain/workflow.events';

export const TITLE_MAX_LENGTH = 500;
export const NOTE_MAX_LENGTH = 4000;

/** Another context's command, by name, with its data: validated by the change type registered for it. */
export class ProposedChangeDto {
  @ApiProperty({ example: 'AmendAgreement', description: 'AmendAgreement, ReportRealizations, …' })
  @IsString()
  @MaxLength(100)
  command: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description:
      "The command's data, as its change type takes it (e.g. the agreement, date, reason and new lists)",
  })
  @IsObject()
  data: Record<string, unknown>;
}

export class SubmitWorkflowDto {
  @ApiProperty({ enum: DOCUMENT_TYPES, example: 'agreement-amendment' })
  @IsIn(DOCUMENT_TYPES)
  documentType: DocumentType;

  @ApiProperty({ example: 'bkpsdm' })
  @IsString()
  @Matches(SLUG_PATTERN, { message: 'agency must be an agency code (a lowercase slug)' })
  agency: string;

  @ApiPropertyOptional({
    example: 'bidang-mutasi-kepangkatan',
    nullable: true,
    description: "The submitting unit; the change's when absent",
  })
  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'unit must be a unit code (a lowercase slug)' })
  unit?: string | null;

  @ApiProperty({ example: 'PK Perubahan 2024 BKPSDM (DPPA)', maxLength: TITLE_MAX_LENGTH })
  @IsString()
  @Length(1, TITLE_MAX_LENGTH)
  @Matches(/\S/, { message: 'title must say what is submitted' })
  title: string;

  @ApiProperty({ type: ProposedChangeDto })
  @ValidateNested()
  @Type(() => ProposedChangeDto)
  change: ProposedChangeDto;

  @ApiPropertyOptional({ nullable: true, maxLength: NOTE_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @MaxLength(NOTE_MAX_LENGTH)
  note?: string | null;
}
