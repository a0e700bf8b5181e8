import { DomainEvent } from '@jejak/eventstore';

/** Decimal quantities travel as strings ("77.3"), never as binary floats; canonical (no trailing zeros). */
export type DecimalString = string;
export type Polarity = 'higher' | 'lower';
export const POLARITIES: readonly Polarity[] = ['higher', 'lower'];
/** Where an indicator sits in the plan's tree. */
export type IndicatorLevel = 'goal' | 'objective' | 'program' | 'activity' | 'subActivity';
export const INDICATOR_LEVELS: readonly IndicatorLevel[] = [
  'goal',
  'objective',
  'program',
  'activity',
  'subActivity',
];

export interface IndicatorDefinition {
  readonly code: string;
  readonly name: string;
  /** Satuan: %, indeks, orang, dokumen… (null: the source gave none). */
  readonly unit: string | null;
  readonly polarity: Polarity;
  readonly level: IndicatorLevel;
  /** Code of the goal, objective, program, kegiatan or sub kegiatan it measures. */
  readonly parent: string;
  readonly definition: string | null;
  readonly dataSource: string | null;
  readonly baseline: { readonly year: number | null; readonly value: DecimalString } | null;
  /** Renstra targets by fiscal year ("2024"), years ascending. */
  readonly targets: Readonly<Record<string, DecimalString>>;
  /** First and last fiscal year the indicator is in force (null: the plan's period). */
  readonly validFrom: number | null;
  readonly validTo: number | null;
  /** Codes of the indicators it succeeds: of this plan, or of an earlier one (known from `history`). */
  readonly replaces: readonly string[];
}

/** What a revision may change: targets and descriptive fields, never identity, place or validity. */
export type IndicatorChanges = Partial<
  Pick<
    IndicatorDefinition,
    'name' | 'unit' | 'polarity' | 'definition' | 'dataSource' | 'baseline' | 'targets'
  >
>;

/** Stream `{tenant}/renstra-{agency}-{from}-{to}`. */
export type RenstraAdopted = DomainEvent<
  'RenstraAdopted',
  {
    readonly agency: string;
    readonly title: string | null;
    readonly period: { readonly from: number; readonly to: number };
    readonly adoptedOn: string | null;
  }
>;
/** Perubahan Renstra: a mid-period amendment (the indicator changes follow as their own events). */
export type RenstraAmended = DomainEvent<
  'RenstraAmended',
  {
    /** The amended plan's title; null keeps the one in force. */
    readonly title: string | null;
    readonly amendedOn: string | null;
    readonly reason: string;
    readonly legalBasis: string | null;
  }
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
  { readonly code: string; readonly changes: IndicatorChanges; readonly reason: string | null }
>;
/**
 * An indicator of this plan is succeeded by another from the successor's first year: it is in
 * force up to `validTo` (the year before, or earlier if it already ended then).
 */
export type IndicatorReplaced = DomainEvent<
  'IndicatorReplaced',
  { readonly code: string; readonly replacedBy: string; readonly validTo: number }
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
/** An earlier year's result as reported then (interchange `history`); the indicator may be of an earlier plan. */
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
  | IndicatorReplaced
  | ProgramDefined
  | ActivityDefined
  | SubActivityDefined
  | HistoricalResultRecorded;

export const PLANNING_EVENT_TYPES: readonly PlanningEvent['type'][] = [
  'RenstraAdopted',
  'RenstraAmended',
  'GoalDefined',
  'ObjectiveDefined',
  'IndicatorDefined',
  'IndicatorRevised',
  'IndicatorReplaced',
  'ProgramDefined',
  'ActivityDefined',
  'SubActivityDefined',
  'HistoricalResultRecorded',
];

export const renstraStream = (tenant: string, agency: string, from: number, to: number): string =>
  `${tenant}/renstra-${agency}-${from}-${to}`;
