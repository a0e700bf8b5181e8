import { Command, Decider, unreachable } from '@jejak/eventstore';
import { ConventionsInput, VersionedConventions, conventionsFor } from '@jejak/measurement';
import {
  conventionsProblems,
  fiscalYearProblems,
  fullConventions,
  sameConventions,
} from './conventions.rules';
import { InvalidConventions } from './tenancy.errors';
import { ConventionsChanged } from './tenancy.events';

export interface ChangeConventionsData {
  readonly tenantId: string;
  readonly fromFiscalYear: number;
  /** What the tenant states; every part left out keeps the platform default. */
  readonly conventions: ConventionsInput;
}

export type ChangeConventions = Command<'ChangeConventions', ChangeConventionsData>;
export type ConventionsCommand = ChangeConventions;
export type ConventionsEvent = ConventionsChanged;

export interface ConventionsState {
  /** Every version stated, in the order stated (version n at index n − 1). */
  readonly versions: readonly VersionedConventions[];
}

export const initialState = (): ConventionsState => ({ versions: [] });

/** The version stated from `year` itself (the latest, when restated), if any. */
export function statedFrom(state: ConventionsState, year: number): VersionedConventions | undefined {
  const inForce = conventionsFor(year, state.versions);
  return inForce.version > 0 && inForce.fromFiscalYear === year ? inForce : undefined;
}

/**
 * A new version in force from `fromFiscalYear` on, unless that year's own version already says
 * exactly this (a re-imported document records nothing). A statement equal to an *earlier* year's
 * version is still recorded: were it skipped, a year imported later in between would change this
 * year's numbers (interchange README, "Conventions").
 */
export function changeConventions(command: ChangeConventions, state: ConventionsState): ConventionsEvent[] {
  const { tenantId, fromFiscalYear } = command.data;
  const conventions = fullConventions(command.data.conventions);
  const problems = [...fiscalYearProblems(fromFiscalYear), ...conventionsProblems(conventions)];
  if (problems.length > 0) throw new InvalidConventions(problems);
  const current = statedFrom(state, fromFiscalYear);
  if (current && sameConventions(current.conventions, conventions)) return [];
  const version = state.versions.length + 1;
  return [{ type: 'ConventionsChanged', data: { tenantId, version, fromFiscalYear, conventions } }];
}

export function decide(command: ConventionsCommand, state: ConventionsState): ConventionsEvent[] {
  switch (command.type) {
    case 'ChangeConventions':
      return changeConventions(command, state);
    default:
      return unreachable(command.type, 'conventions command');
  }
}

export function evolve(state: ConventionsState, event: ConventionsEvent): ConventionsState {
  switch (event.type) {
    case 'ConventionsChanged': {
      const { version, fromFiscalYear, conventions } = event.data;
      return { versions: [...state.versions, { version, fromFiscalYear, conventions }] };
    }
    default:
      return unreachable(event.type, 'conventions event');
  }
}

export const conventionsDecider: Decider<ConventionsState, ConventionsCommand, ConventionsEvent> = {
  decide,
  evolve,
  initialState,
};
