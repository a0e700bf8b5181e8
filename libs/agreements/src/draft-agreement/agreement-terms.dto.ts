import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { AgreementBudgetLine, AgreementParty, AgreementTarget } from '../domain/agreement.events';
import {
  CODE_MAX_LENGTH,
  CODE_PATTERN,
  DATE_PATTERN,
  LIST_MAX,
  NAME_MAX_LENGTH,
  NIP_PATTERN,
} from '../domain/agreement.rules';
import { IsDecimalValue, IsRupiahValue, asDecimalString } from './agreement-values';

/** A signatory, by position; name and NIP are personal data and may be left out. */
export class PartyDto {
  @ApiProperty({
    example: 'Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kota Dumai',
    maxLength: NAME_MAX_LENGTH,
  })
  @IsString()
  @Length(1, NAME_MAX_LENGTH)
  position: string;

  @ApiPropertyOptional({ nullable: true, maxLength: NAME_MAX_LENGTH })
  @IsOptional()
  @IsString()
  @Length(1, NAME_MAX_LENGTH)
  name?: string | null;

  @ApiPropertyOptional({ nullable: true, example: '197001011990031001', pattern: NIP_PATTERN.source })
  @IsOptional()
  @IsString()
  @Matches(NIP_PATTERN, { message: 'nip must be the 18 digits of a NIP' })
  nip?: string | null;
}

export class TargetDto {
  @ApiProperty({ example: 'S1.1', pattern: CODE_PATTERN.source, maxLength: CODE_MAX_LENGTH })
  @IsString()
  @MaxLength(CODE_MAX_LENGTH)
  @Matches(CODE_PATTERN, { message: 'indicator must be an indicator code like S1.1' })
  indicator: string;

  @ApiProperty({
    oneOf: [{ type: 'number' }, { type: 'string' }],
    example: 254,
    description: 'A JSON number or a decimal string',
  })
  @IsDecimalValue()
  target: number | string;

  @ApiPropertyOptional({
    type: [String],
    nullable: true,
    example: ['5.03.02', '5.04.02'],
    description: 'Programs funding it (budget programs of this agreement); null: all',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1, { message: 'fundedBy names at least one program, or is null for all' })
  @ArrayMaxSize(LIST_MAX)
  @IsString({ each: true })
  @Matches(CODE_PATTERN, { each: true, message: 'fundedBy must hold program codes like 5.03.02' })
  fundedBy?: string[] | null;
}

export class BudgetLineDto {
  @ApiProperty({ example: '5.03.01', pattern: CODE_PATTERN.source, maxLength: CODE_MAX_LENGTH })
  @IsString()
  @MaxLength(CODE_MAX_LENGTH)
  @Matches(CODE_PATTERN, { message: 'program must be a program code like 5.03.01' })
  program: string;

  @ApiProperty({
    oneOf: [{ type: 'integer' }, { type: 'string', pattern: '^[0-9]+$' }],
    example: 6072466298,
    description: 'Whole rupiah',
  })
  @IsRupiahValue()
  amount: number | string;
}

/** A full targets list: each line validated where it stands (`targets[0].target`). */
export const TargetsList = () =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(LIST_MAX),
    ValidateNested({ each: true }),
    Type(() => TargetDto),
  );
export const BudgetList = () =>
  applyDecorators(
    IsArray(),
    ArrayMaxSize(LIST_MAX),
    ValidateNested({ each: true }),
    Type(() => BudgetLineDto),
  );

/** A required, nullable calendar date: null says the document is undated. */
export function DateOrNull(): PropertyDecorator {
  return (target, key) => {
    ValidateIf((o: Record<string | symbol, unknown>) => o[key] !== null)(target, key);
    Matches(DATE_PATTERN, { message: `${String(key)} must be a date (YYYY-MM-DD) or null` })(target, key);
    IsISO8601({ strict: true }, { message: `${String(key)} must be a real calendar date` })(target, key);
  };
}

export const toParty = (dto: PartyDto): AgreementParty => ({
  position: dto.position,
  name: dto.name ?? null,
  nip: dto.nip ?? null,
});

export const toTargets = (dtos: readonly TargetDto[]): AgreementTarget[] =>
  dtos.map((t) => ({
    indicator: t.indicator,
    target: asDecimalString(t.target),
    fundedBy: t.fundedBy ?? null,
  }));

export const toBudget = (dtos: readonly BudgetLineDto[]): AgreementBudgetLine[] =>
  dtos.map((b) => ({ program: b.program, amount: asDecimalString(b.amount) }));
