import { FISCAL_YEAR_MAX, FISCAL_YEAR_MIN, SLUG_PATTERN } from '@jejak/tenancy';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { RequestValidationError } from '@jejak/http';
import { IsInstant, instantOf } from '../shared/instant';
import { AuditTrailFilters } from './audit-trail.sql';

export const AUDIT_PAGE_MAX = 1000;
export const AUDIT_PAGE_DEFAULT = 100;
const STREAM_PATTERN = /^([a-z0-9][a-z0-9-]*\/)?[A-Za-z0-9][A-Za-z0-9._-]*$/;
const TYPES_PATTERN = /^[A-Za-z][A-Za-z0-9]*(,[A-Za-z][A-Za-z0-9]*)*$/;
const ACCOUNT_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._@:-]*$/;

/** The audit trail's filters and page; an unknown or malformed parameter is a 400 naming it. */
export class AuditTrailQueryDto {
  @ApiPropertyOptional({ example: 'bkpsdm', description: 'Events of streams about this agency' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Matches(SLUG_PATTERN, { message: 'must be an agency code (a lowercase slug)' })
  agency?: string;

  @ApiPropertyOptional({
    example: 2024,
    description: "Events of streams about this fiscal year (a Renstra's: its period)",
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(FISCAL_YEAR_MIN)
  @Max(FISCAL_YEAR_MAX)
  year?: number;

  @ApiPropertyOptional({
    example: 'agreement-bkpsdm-2024',
    description: 'One stream, with or without the tenant prefix',
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  @Matches(STREAM_PATTERN, { message: 'must be a stream name like agreement-bkpsdm-2024' })
  stream?: string;

  @ApiPropertyOptional({
    example: 'AgreementAmended,RealizationCorrected',
    description: 'Event types, comma-separated',
  })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @Matches(TYPES_PATTERN, { message: 'must be event types separated by commas (AgreementAmended,…)' })
  type?: string;

  @ApiPropertyOptional({ description: 'The acting account (its id)' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(ACCOUNT_PATTERN, { message: 'must be an account id' })
  person?: string;

  @ApiPropertyOptional({
    example: '2024-01-01',
    description: 'Recorded at or after (a date: from its start, UTC)',
  })
  @IsOptional()
  @IsInstant()
  recordedFrom?: string;

  @ApiPropertyOptional({
    example: '2024-12-31',
    description: 'Recorded at or before (a date: to its end, UTC)',
  })
  @IsOptional()
  @IsInstant()
  recordedTo?: string;

  @ApiPropertyOptional({ description: 'The cursor: `nextCursor` of the previous page' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'must be a cursor (nextCursor of a previous page)' })
  after?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: AUDIT_PAGE_MAX, default: AUDIT_PAGE_DEFAULT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(AUDIT_PAGE_MAX)
  limit?: number;

  @ApiPropertyOptional({ enum: ['json', 'csv'], description: 'csv: as `Accept: text/csv`' })
  @IsOptional()
  @IsIn(['json', 'csv'])
  format?: 'json' | 'csv';
}

/** A stream named without its tenant is the route tenant's; another tenant's is refused. */
function streamOf(tenant: string, stream: string | undefined): string | undefined {
  if (stream === undefined) return undefined;
  if (!stream.includes('/')) return `${tenant}/${stream}`;
  if (stream.startsWith(`${tenant}/`)) return stream;
  throw new RequestValidationError([{ path: 'stream', message: 'must be a stream of this tenant' }]);
}

/** The filters the query runs with; a time range that ends before it starts is a 400 naming `recordedTo`. */
export function auditTrailFilters(tenant: string, dto: AuditTrailQueryDto): AuditTrailFilters {
  const recordedFrom = dto.recordedFrom === undefined ? undefined : instantOf(dto.recordedFrom, 'start');
  const recordedTo = dto.recordedTo === undefined ? undefined : instantOf(dto.recordedTo, 'end');
  if (recordedFrom && recordedTo && recordedTo < recordedFrom)
    throw new RequestValidationError([{ path: 'recordedTo', message: 'must not be before recordedFrom' }]);
  return {
    agency: dto.agency,
    year: dto.year,
    stream: streamOf(tenant, dto.stream),
    types: dto.type?.split(','),
    account: dto.person,
    recordedFrom,
    recordedTo,
    after: dto.after === undefined ? undefined : BigInt(dto.after),
    limit: dto.limit ?? AUDIT_PAGE_DEFAULT,
  };
}
