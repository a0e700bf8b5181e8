import { Command } from '@jejak/eventstore';
import {
  ActivityDefined,
  GoalDefined,
  HistoricalResultRecorded,
  IndicatorChanges,
  IndicatorDefinition,
  ObjectiveDefined,
  ProgramDefined,
  SubActivityDefined,
} from './planning.events';
import { RenstraPeriod } from './renstra-period';

/** Which Renstra a command is about: it names the stream `{tenant}/renstra-{agency}-{from}-{to}`. */
export interface RenstraRef {
  readonly agency: string;
  readonly period: RenstraPeriod;
}

export interface AdoptRenstraData extends RenstraRef {
  /** Null when an imported document gives none. */
  readonly title: string | null;
  readonly adoptedOn: string | null;
}

export interface AmendRenstraData extends RenstraRef {
  readonly amendedOn: string | null;
  readonly reason: string;
  readonly legalBasis: string | null;
  /** The amended plan's title, when it changes. */
  readonly title: string | null;
}

/**
 * Any part of the plan, in lists decided in this order (each may name what an earlier list
 * defines). A one-fact command is this command with one list of one; the importer sends a
 * whole plan as one command, so it lands in one append.
 */
export interface DefinePlanElementsData extends RenstraRef {
  readonly goals: readonly GoalDefined['data'][];
  readonly objectives: readonly ObjectiveDefined['data'][];
  readonly programs: readonly ProgramDefined['data'][];
  readonly activities: readonly ActivityDefined['data'][];
  readonly subActivities: readonly SubActivityDefined['data'][];
  readonly indicators: readonly IndicatorDefinition[];
}

export type PlanElementLists = Omit<DefinePlanElementsData, keyof RenstraRef>;
export const PLAN_ELEMENT_LISTS: readonly (keyof PlanElementLists)[] = [
  'goals',
  'objectives',
  'programs',
  'activities',
  'subActivities',
  'indicators',
];

/** Lists not given are empty: `planElements(ref, { goals: [goal] })` is the one-fact "define goal". */
export const planElements = (ref: RenstraRef, lists: Partial<PlanElementLists>): DefinePlanElementsData => ({
  agency: ref.agency,
  period: ref.period,
  goals: lists.goals ?? [],
  objectives: lists.objectives ?? [],
  programs: lists.programs ?? [],
  activities: lists.activities ?? [],
  subActivities: lists.subActivities ?? [],
  indicators: lists.indicators ?? [],
});

export interface ReviseIndicatorData extends RenstraRef {
  readonly code: string;
  /** Fields given are the new values; `targets` is the full new list of targets. */
  readonly changes: IndicatorChanges;
  readonly reason: string | null;
}

export type HistoricalResult = HistoricalResultRecorded['data'];

export interface RecordHistoricalResultsData extends RenstraRef {
  readonly results: readonly HistoricalResult[];
}

export type AdoptRenstra = Command<'AdoptRenstra', AdoptRenstraData>;
export type AmendRenstra = Command<'AmendRenstra', AmendRenstraData>;
export type DefinePlanElements = Command<'DefinePlanElements', DefinePlanElementsData>;
export type ReviseIndicator = Command<'ReviseIndicator', ReviseIndicatorData>;
export type RecordHistoricalResults = Command<'RecordHistoricalResults', RecordHistoricalResultsData>;

export type RenstraCommand =
  AdoptRenstra | AmendRenstra | DefinePlanElements | ReviseIndicator | RecordHistoricalResults;
