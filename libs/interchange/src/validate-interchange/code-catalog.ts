import { InterchangeProblem } from './interchange-problem';
import { At, planParts, text } from './unknown-walk';

/** Where each code is first defined, by kind; the references are checked against it. */
export interface CodeCatalog {
  readonly indicators: ReadonlyMap<string, string>;
  readonly goals: ReadonlyMap<string, string>;
  readonly objectives: ReadonlyMap<string, string>;
  readonly programs: ReadonlyMap<string, string>;
  /** Programs, kegiatan and sub kegiatan share one namespace: `budgetRealizations` names any of them. */
  readonly budgetCodes: ReadonlyMap<string, string>;
  readonly units: ReadonlyMap<string, string>;
}

/** Collects the codes, reporting each repeated one at its second definition. */
export function catalogCodes(doc: At, problems: InterchangeProblem[]): CodeCatalog {
  const parts = planParts(doc);
  const register = (nodes: readonly At[], what: string, into = new Map<string, string>()) => {
    for (const node of nodes) {
      const code = text(node, 'code');
      if (code === undefined) continue;
      const first = into.get(code);
      if (first === undefined) into.set(code, `${node.path}.code`);
      else problems.push(duplicate(`${node.path}.code`, what, code, first));
    }
    return into;
  };
  const programs = register(parts.programs, 'program');
  const budgetCodes = new Map(programs);
  register(parts.activities, 'kegiatan', budgetCodes);
  register(parts.subActivities, 'sub kegiatan', budgetCodes);
  return {
    indicators: register(parts.indicators, 'indicator'),
    goals: register(parts.goals, 'goal'),
    objectives: register(parts.objectives, 'objective'),
    programs,
    budgetCodes,
    units: register(parts.units, 'unit'),
  };
}

const duplicate = (path: string, what: string, code: string, first: string): InterchangeProblem => ({
  path,
  code: 'INTERCHANGE.DUPLICATE_CODE',
  message: `${what} code "${code}" is already used at ${first}`,
});
