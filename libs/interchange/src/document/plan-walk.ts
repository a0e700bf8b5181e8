import { Activity, Indicator, InterchangeDocument, Plan, Program, SubActivity } from './interchange-document';

/** Every indicator of the plan, at every level (goal, objective, program, kegiatan, sub kegiatan). */
export function planIndicators(plan: Plan): Indicator[] {
  const ofGoals = plan.goals.flatMap((goal) => [
    ...(goal.indicators ?? []),
    ...(goal.objectives ?? []).flatMap((objective) => objective.indicators ?? []),
  ]);
  const ofPrograms = (plan.programs ?? []).flatMap((program) => [
    ...(program.indicators ?? []),
    ...activitiesOf(program).flatMap((activity) => [
      ...(activity.indicators ?? []),
      ...subActivitiesOf(activity).flatMap((sub) => sub.indicators ?? []),
    ]),
  ]);
  return [...ofGoals, ...ofPrograms];
}

export const activitiesOf = (program: Program): readonly Activity[] => program.activities ?? [];
export const subActivitiesOf = (activity: Activity): readonly SubActivity[] => activity.subActivities ?? [];

export const programCodes = (doc: InterchangeDocument): string[] =>
  (doc.plan.programs ?? []).map((p) => p.code);
