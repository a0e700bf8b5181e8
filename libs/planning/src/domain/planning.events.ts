import { DomainEvent } from '@jejak/eventstore';

/** Decimal quantities travel as strings ("77.3"), never as binary floats. */
export type DecimalString = string;
export type Polarity = 'higher' | 'lower';
/** Where an indicator sits in the plan's tree. */
export type IndicatorLevel = 'goal' | 'objective' | 'program' | 'activity' | 'subActivity';

export interface IndicatorDefinition {
  readonly code: string;
  readonly name: string;
  /** Satuan: %, indeks, orang, dokumen… */
  readonly unit: string;
  readonly polarity: Polarity;
  readonly level: IndicatorLevel;
  /** Code of the goal, objective, program, kegiatan or sub kegiatan it measures. */
  readonly parent: string;
  readonly definition: string | null;
  readonly dataSource: string | null;
  readonly baseline: { readonly year: number; readonly value: DecimalString } | null;
  /** Renstra targets by fiscal year. */
  readonly targets: Readonly<Record<string, DecimalString>>;
  /** First and last fiscal year the indicator is in force (null: the plan's period). */
  readonly validFrom: number | null;
  readonly validTo: number | null;
  /** Codes of the indicators it succeeds. */
  readonly replaces: readonly string[];
}

/** Stream `{tenant}/renstra-{agency}-{from}-{to}`. */
export type RenstraAdopted = DomainEvent<
  'RenstraAdopted',
  {
    readonly agency: string;
    readonly title: string;
    readonly period: { readonly from: number; readonly to: number };
    readonly adoptedOn: string | null;
  }
>;
/** Perubahan Renstra: a mid-period amendment (the indicator changes follow as their own events). */
export type RenstraAmended = DomainEvent<
  'RenstraAmended',
  { readonly title: string; readonly amendedOn: string | null; readonly reason: string; readonly legalBasis: string | null }
>;
export type GoalDefined = DomainEvent<'GoalDefined', { readonly code: string; readonly statement: string }>;
export type ObjectiveDefined = DomainEvent<
  'ObjectiveDefined',
  { readonly code: string; readonly goal: string; readonly statement: string }
>;
export type IndicatorDefined = DomainEvent<'IndicatorDefined', IndicatorDefinition>;
/** Targets or descriptive fields of an indicator changed (the earlier definition stays in the log). */
export type IndicatorRevised = DomainEvent<
  'IndicatorRevised',
  { readonly code: string; readonly changes: Partial<Omit<IndicatorDefinition, 'code' | 'level' | 'parent'>> }
>;
export type ProgramDefined = DomainEvent<
  'ProgramDefined',
  { readonly code: string; readonly name: string; readonly objectives: readonly string[] }
>;
export type ActivityDefined = DomainEvent<
  'ActivityDefined',
  { readonly code: string; readonly program: string; readonly name: string; readonly unit: string | null }
>;
export type SubActivityDefined = DomainEvent<
  'SubActivityDefined',
  { readonly code: string; readonly activity: string; readonly name: string }
>;
/** An earlier year's result as reported then (interchange `history`). */
export type HistoricalResultRecorded = DomainEvent<
  'HistoricalResultRecorded',
  {
    readonly indicator: string;
    readonly name: string | null;
    readonly unit: string | null;
    readonly year: number;
    readonly target: DecimalString | null;
    readonly realization: DecimalString | null;
  }
>;

export type PlanningEvent =
  | RenstraAdopted
  | RenstraAmended
  | GoalDefined
  | ObjectiveDefined
  | IndicatorDefined
  | IndicatorRevised
  | ProgramDefined
  | ActivityDefined
  | SubActivityDefined
  | HistoricalResultRecorded;

export const renstraStream = (tenant: string, agency: string, from: number, to: number): string =>
  `${tenant}/renstra-${agency}-${from}-${to}`;
