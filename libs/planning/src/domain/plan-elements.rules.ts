import { DefinePlanElementsData } from './renstra.commands';
import { FieldPath, decideEach } from './decide-each';
import { defineIndicator } from './indicator.rules';
import { BudgetCodeTaken, CodeNotUnderParent, DefinedDifferently, UnknownReference } from './planning.errors';
import {
  ActivityDefined,
  GoalDefined,
  ObjectiveDefined,
  PlanningEvent,
  ProgramDefined,
  SubActivityDefined,
} from './planning.events';
import { AdoptedRenstra } from './renstra.state';
import { differingField, same } from './same-data';

type Defined = GoalDefined | ObjectiveDefined | ProgramDefined | ActivityDefined | SubActivityDefined;

/**
 * A code defined once: the same content again records nothing (a re-import), other content is
 * refused naming the first field that differs.
 */
function defineOnce<E extends Defined>(
  what: string,
  recorded: E['data'] | undefined,
  event: E,
  at: FieldPath,
): E[] {
  if (recorded === undefined) return [event];
  if (same(recorded, event.data)) return [];
  throw new DefinedDifferently(what, event.data.code, at(differingField(recorded, event.data as object)));
}

export function defineGoal(state: AdoptedRenstra, goal: GoalDefined['data'], at: FieldPath): PlanningEvent[] {
  const data = { code: goal.code, statement: goal.statement };
  return defineOnce<GoalDefined>('Goal', state.goals.get(goal.code), { type: 'GoalDefined', data }, at);
}

export function defineObjective(
  state: AdoptedRenstra,
  objective: ObjectiveDefined['data'],
  at: FieldPath,
): PlanningEvent[] {
  const data = { code: objective.code, goal: objective.goal, statement: objective.statement };
  const recorded = state.objectives.get(data.code);
  if (!recorded && !state.goals.has(data.goal)) throw new UnknownReference('goal', data.goal, at('goal'));
  return defineOnce<ObjectiveDefined>('Objective', recorded, { type: 'ObjectiveDefined', data }, at);
}

/** The kind of budget line (program, kegiatan, sub kegiatan) already using `code`, if any. */
function budgetCodeOwner(state: AdoptedRenstra, code: string): string | undefined {
  if (state.programs.has(code)) return 'program';
  if (state.activities.has(code)) return 'kegiatan';
  if (state.subActivities.has(code)) return 'sub kegiatan';
  return undefined;
}

/** A budget line's code is new across all three kinds, and (but for programs) starts with its parent's. */
function assertBudgetCode(state: AdoptedRenstra, code: string, parent: string | null, at: FieldPath): void {
  const owner = budgetCodeOwner(state, code);
  if (owner) throw new BudgetCodeTaken(code, owner, at('code'));
  if (parent !== null && !code.startsWith(`${parent}.`))
    throw new CodeNotUnderParent(code, parent, at('code'));
}

export function defineProgram(
  state: AdoptedRenstra,
  program: ProgramDefined['data'],
  at: FieldPath,
): PlanningEvent[] {
  const data = { code: program.code, name: program.name, objectives: [...new Set(program.objectives)] };
  const recorded = state.programs.get(data.code);
  if (!recorded) {
    data.objectives.forEach((objective, i) => {
      if (!state.objectives.has(objective))
        throw new UnknownReference('objective', objective, at(`objectives[${i}]`));
    });
    assertBudgetCode(state, data.code, null, at);
  }
  return defineOnce<ProgramDefined>('Program', recorded, { type: 'ProgramDefined', data }, at);
}

export function defineActivity(
  state: AdoptedRenstra,
  activity: ActivityDefined['data'],
  at: FieldPath,
): PlanningEvent[] {
  const data = {
    code: activity.code,
    program: activity.program,
    name: activity.name,
    unit: activity.unit ?? null,
  };
  const recorded = state.activities.get(data.code);
  if (!recorded) {
    if (!state.programs.has(data.program)) throw new UnknownReference('program', data.program, at('program'));
    assertBudgetCode(state, data.code, data.program, at);
  }
  return defineOnce<ActivityDefined>('Kegiatan', recorded, { type: 'ActivityDefined', data }, at);
}

export function defineSubActivity(
  state: AdoptedRenstra,
  sub: SubActivityDefined['data'],
  at: FieldPath,
): PlanningEvent[] {
  const data = { code: sub.code, activity: sub.activity, name: sub.name };
  const recorded = state.subActivities.get(data.code);
  if (!recorded) {
    if (!state.activities.has(data.activity))
      throw new UnknownReference('activity', data.activity, at('activity'));
    assertBudgetCode(state, data.code, data.activity, at);
  }
  return defineOnce<SubActivityDefined>('Sub kegiatan', recorded, { type: 'SubActivityDefined', data }, at);
}

/** The one path for every definition: the lists in dependency order, each item against the state so far. */
export function definePlanElements(
  data: DefinePlanElementsData,
  state: AdoptedRenstra,
): readonly PlanningEvent[] {
  const steps = [
    (s: AdoptedRenstra) => decideEach(s, 'goals', data.goals, defineGoal),
    (s: AdoptedRenstra) => decideEach(s, 'objectives', data.objectives, defineObjective),
    (s: AdoptedRenstra) => decideEach(s, 'programs', data.programs, defineProgram),
    (s: AdoptedRenstra) => decideEach(s, 'activities', data.activities, defineActivity),
    (s: AdoptedRenstra) => decideEach(s, 'subActivities', data.subActivities, defineSubActivity),
    (s: AdoptedRenstra) => decideEach(s, 'indicators', data.indicators, defineIndicator),
  ];
  return steps.reduce<{ state: AdoptedRenstra; events: readonly PlanningEvent[] }>(
    (acc, step) => {
      const next = step(acc.state);
      return { state: next.state, events: [...acc.events, ...next.events] };
    },
    { state, events: [] },
  ).events;
}
