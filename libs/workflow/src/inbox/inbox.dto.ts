import { CODE_MAX_LENGTH, SLUG_PATTERN } from '@jejak/tenancy';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import type { DocumentType } from '../domain/workflow.events';

/** The document types that travel for approval (workflow.events.ts `DocumentType`). */
export const INBOX_DOCUMENT_TYPES: readonly DocumentType[] = [
  'realization',
  'agreement',
  'agreement-amendment',
  'follow-up',
  'lkjip',
];

export const INBOX_PAGE_DEFAULT = 20;
export const INBOX_PAGE_MAX = 100;

// Query strings are text: convert what reads as the type, and leave the rest for the validators to name.
const toInteger = ({ value }: { value: unknown }) =>
  typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
const toBoolean = ({ value }: { value: unknown }) =>
  value === 'true' ? true : value === 'false' ? false : value;

export class PageQueryDto {
  @ApiPropertyOptional({ minimum: 1, maximum: INBOX_PAGE_MAX, default: INBOX_PAGE_DEFAULT })
  @IsOptional()
  @Transform(toInteger)
  @IsInt()
  @Min(1)
  @Max(INBOX_PAGE_MAX)
  limit?: number;

  @ApiPropertyOptional({ description: 'The `next` cursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(400)
  cursor?: string;
}

export class InboxQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ enum: INBOX_DOCUMENT_TYPES, description: 'Only this document type' })
  @IsOptional()
  @IsIn(INBOX_DOCUMENT_TYPES)
  type?: DocumentType;

  @ApiPropertyOptional({ example: 'bkpsdm', description: 'Only this agency' })
  @IsOptional()
  @IsString()
  @MaxLength(CODE_MAX_LENGTH)
  @Matches(SLUG_PATTERN, { message: 'agency must be an agency code (a lowercase slug)' })
  agency?: string;

  @ApiPropertyOptional({
    enum: ['true', 'false'],
    description: 'true: only overdue; false: only not overdue',
  })
  @IsOptional()
  @Transform(toBoolean)
  @IsBoolean()
  overdue?: boolean;
}

export class HistoryQueryDto extends PageQueryDto {}
