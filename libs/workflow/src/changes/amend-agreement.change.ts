import {
  AmendAgreementCommand,
  AmendAgreementData,
  CODE_MAX_LENGTH,
  CODE_PATTERN,
  DATE_PATTERN,
  FISCAL_YEAR_MAX,
  FISCAL_YEAR_MIN,
  LIST_MAX,
  PARTY_PATTERN,
  TEXT_MAX_LENGTH,
  agreementDecider,
  agreementStream,
} from '@jejak/agreements';
import { SLUG_PATTERN } from '@jejak/tenancy';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsISO8601,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ChangeType, dryRunOn } from './change-type';
import { DecimalInput, IsDecimalInput, IsRupiahInput, decimalString, startOfDay } from './change-values';

class TargetInput {
  @IsString()
  @MaxLength(CODE_MAX_LENGTH)
  @Matches(CODE_PATTERN, { message: 'indicator must be an indicator code like S1.1' })
  indicator: string;

  @IsDecimalInput()
  target: DecimalInput;

  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(LIST_MAX)
  @Matches(CODE_PATTERN, { each: true, message: 'fundedBy must hold program codes like 5.03.02' })
  fundedBy?: string[] | null;
}

class BudgetLineInput {
  @IsString()
  @MaxLength(CODE_MAX_LENGTH)
  @Matches(CODE_PATTERN, { message: 'program must be a program code like 5.03.01' })
  program: string;

  @IsRupiahInput()
  amount: DecimalInput;
}

/**
 * `change.data` of a PK Perubahan: the agreement (agency, year, and the party of a cascaded one)
 * and what the agreements context's amendment takes — date, reason, legal basis, the full new
 * targets and/or budget lists.
 */
export class AmendAgreementInput {
  @IsString()
  @Matches(SLUG_PATTERN, { message: 'agency must be an agency code (a lowercase slug)' })
  agency: string;

  @IsInt()
  @Min(FISCAL_YEAR_MIN)
  @Max(FISCAL_YEAR_MAX)
  fiscalYear: number;

  @IsOptional()
  @Matches(PARTY_PATTERN, { message: 'party must be the code of a cascaded PK party' })
  party?: string | null;

  @ValidateIf((o: AmendAgreementInput) => o.signedOn !== null)
  @Matches(DATE_PATTERN, { message: 'signedOn must be a date (YYYY-MM-DD) or null' })
  @IsISO8601({ strict: true }, { message: 'signedOn must be a real calendar date' })
  signedOn: string | null;

  @IsString()
  @Length(1, TEXT_MAX_LENGTH)
  @Matches(/\S/, { message: 'reason must say why the agreement is amended' })
  reason: string;

  @IsOptional()
  @IsString()
  @Length(1, TEXT_MAX_LENGTH)
  legalBasis?: string | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_MAX)
  @ValidateNested({ each: true })
  @Type(() => TargetInput)
  targets?: TargetInput[] | null;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_MAX)
  @ValidateNested({ each: true })
  @Type(() => BudgetLineInput)
  budget?: BudgetLineInput[] | null;
}

/** PK Perubahan for approval (sekretaris → kepala badan): applied as the agreements context's AmendAgreement. */
export const amendAgreementChange: ChangeType<AmendAgreementData> = {
  command: 'AmendAgreement',
  documentTypes: ['agreement-amendment'],
  permission: 'agreement.draft',
  input: AmendAgreementInput,
  dataOf(input: AmendAgreementInput): AmendAgreementData {
    return {
      agency: input.agency,
      fiscalYear: input.fiscalYear,
      party: input.party ?? null,
      amendment: null,
      signedOn: input.signedOn,
      reason: input.reason,
      legalBasis: input.legalBasis ?? null,
      targets:
        input.targets?.map((t) => ({
          indicator: t.indicator,
          target: decimalString(t.target),
          fundedBy: t.fundedBy ?? null,
        })) ?? null,
      budget: input.budget?.map((b) => ({ program: b.program, amount: BigInt(b.amount).toString() })) ?? null,
    };
  },
  placeOf: (data) => ({ agency: data.agency, unit: null }),
  commands(_tenant, data, metadata) {
    const extra = {
      occurredAt: data.signedOn === null ? null : startOfDay(data.signedOn),
      reason: data.reason,
      ...(data.legalBasis ? { legalBasis: data.legalBasis } : {}),
    };
    return [new AmendAgreementCommand(data, metadata(0, extra))];
  },
  dryRun(store, commands) {
    const [command] = commands as AmendAgreementCommand[];
    const { agency, fiscalYear, party } = command.data;
    const stream = agreementStream(command.metadata.tenantId, agency, fiscalYear, party);
    return dryRunOn(store, stream, agreementDecider, commands as AmendAgreementCommand[]);
  },
};
