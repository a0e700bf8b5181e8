import {
  Measurement,
  PERIODS,
  Period,
  ReportRealizationCommand,
  realizationDecider,
  realizationStream,
} from '@jejak/realization';
import { SLUG_PATTERN } from '@jejak/tenancy';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsISO8601,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { ChangeType, dryRunOn } from './change-type';
import { DecimalInput, IsDecimalInput, decimalString, isDecimalInput, startOfDay } from './change-values';

const INDICATOR_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const ITEMS_MAX = 200;
const given = (value: unknown): boolean => value !== undefined && value !== null;

/** Exactly one form: a value, a numerator with a denominator, or status "pending" (not zero). */
function formProblem(item: RealizationItemInput): string | null {
  const hasValue = given(item.value);
  const hasRatio = given(item.numerator) || given(item.denominator);
  if (item.status === 'pending')
    return hasValue || hasRatio ? 'must be absent for a pending realization' : null;
  if (hasValue === hasRatio) return 'give a value, or a numerator and a denominator, or status "pending"';
  if (hasValue && !isDecimalInput(item.value)) return 'must be a decimal number (a JSON number or a string)';
  return null;
}

class RealizationItemInput {
  @IsString()
  @MaxLength(64)
  @Matches(INDICATOR_PATTERN, { message: 'indicator must be an indicator code like S1.1' })
  indicator: string;

  @ValidateBy({
    name: 'isMeasurementForm',
    validator: {
      validate: (_v, args) => formProblem(args?.object as RealizationItemInput) === null,
      defaultMessage: (args) => `value ${formProblem(args?.object as RealizationItemInput) ?? ''}`,
    },
  })
  value?: DecimalInput | null;

  @ValidateIf((o: RealizationItemInput) => given(o.numerator) || given(o.denominator))
  @IsDecimalInput()
  numerator?: DecimalInput | null;

  @ValidateIf((o: RealizationItemInput) => given(o.numerator) || given(o.denominator))
  @IsDecimalInput()
  denominator?: DecimalInput | null;

  @IsOptional()
  @IsIn(['pending', 'reported'])
  status?: 'pending' | 'reported';

  @IsOptional()
  @IsString()
  @Length(1, 4000)
  source?: string | null;
}

/** `change.data` of a period's realizations of a unit (laporan triwulan): one report per indicator. */
export class ReportRealizationsInput {
  @IsString()
  @Matches(SLUG_PATTERN, { message: 'agency must be an agency code (a lowercase slug)' })
  agency: string;

  @IsInt()
  @Min(1990)
  @Max(2100)
  fiscalYear: number;

  @IsIn(PERIODS)
  period: Period;

  @IsOptional()
  @Matches(SLUG_PATTERN, { message: 'unit must be a unit code (a lowercase slug)' })
  unit?: string | null;

  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'occurredOn must be a date (YYYY-MM-DD)' })
  @IsISO8601({ strict: true }, { message: 'occurredOn must be a real calendar date' })
  occurredOn?: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(ITEMS_MAX)
  @ValidateNested({ each: true })
  @Type(() => RealizationItemInput)
  items: RealizationItemInput[];
}

export interface ReportRealizationsData {
  readonly agency: string;
  readonly fiscalYear: number;
  readonly period: Period;
  readonly unit: string | null;
  readonly occurredOn: string | null;
  readonly items: readonly {
    readonly indicator: string;
    readonly measurement: Measurement;
    readonly source: string | null;
  }[];
}

function measurementOf(item: RealizationItemInput): Measurement {
  if (item.status === 'pending') return { kind: 'pending' };
  if (given(item.value)) return { kind: 'value', value: decimalString(item.value as DecimalInput) };
  const numerator = decimalString(item.numerator as DecimalInput);
  return { kind: 'ratio', numerator, denominator: decimalString(item.denominator as DecimalInput) };
}

/**
 * A period's realizations of a unit for approval (staff → kepala sub bagian / kepala bidang →
 * sekretaris): applied as one ReportRealization of the realization context per indicator.
 */
export const reportRealizationsChange: ChangeType<ReportRealizationsData> = {
  command: 'ReportRealizations',
  documentTypes: ['realization'],
  permission: 'realization.report',
  input: ReportRealizationsInput,
  dataOf(input: ReportRealizationsInput): ReportRealizationsData {
    const { agency, fiscalYear, period } = input;
    const items = input.items.map((item) => ({
      indicator: item.indicator,
      measurement: measurementOf(item),
      source: item.source ?? null,
    }));
    return {
      agency,
      fiscalYear,
      period,
      unit: input.unit ?? null,
      occurredOn: input.occurredOn ?? null,
      items,
    };
  },
  placeOf: (data) => ({ agency: data.agency, unit: data.unit }),
  commands(tenantId, data, metadata) {
    const { agency, fiscalYear, period, unit } = data;
    const extra = data.occurredOn ? { occurredAt: startOfDay(data.occurredOn) } : {};
    return data.items.map(
      (item, i) =>
        new ReportRealizationCommand(
          { tenantId, agency, fiscalYear, period, unit, ...item },
          metadata(i, extra),
        ),
    );
  },
  dryRun(store, commands) {
    const all = commands as ReportRealizationCommand[];
    const { tenantId, agency, fiscalYear } = all[0].data;
    return dryRunOn(store, realizationStream(tenantId, agency, fiscalYear), realizationDecider, all);
  },
};
