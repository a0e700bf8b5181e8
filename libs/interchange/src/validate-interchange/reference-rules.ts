import { CodeCatalog } from './code-catalog';
import { InterchangeProblem, InterchangeProblemCode } from './interchange-problem';
import { agreementParts, At, child, items, planParts, text } from './unknown-walk';

/** Every code the document refers to must be defined in it (interchange README, "cross-references"). */
export function referenceProblems(doc: At, catalog: CodeCatalog): InterchangeProblem[] {
  return [
    ...agreementReferences(doc, catalog),
    ...items(doc, 'realizations').flatMap((r) =>
      mustExist(child(r, 'indicator'), catalog.indicators, INDICATOR),
    ),
    ...items(doc, 'budgetRealizations').flatMap((b) =>
      mustExist(child(b, 'code'), catalog.budgetCodes, BUDGET),
    ),
    ...historyReferences(doc, catalog),
    ...planReferences(doc, catalog),
  ];
}

interface Kind {
  readonly code: InterchangeProblemCode;
  readonly what: string;
}
const INDICATOR: Kind = { code: 'INTERCHANGE.UNKNOWN_INDICATOR', what: 'no indicator of the plan has code' };
const PROGRAM: Kind = { code: 'INTERCHANGE.UNKNOWN_PROGRAM', what: 'no program of the plan has code' };
const BUDGET: Kind = {
  code: 'INTERCHANGE.UNKNOWN_BUDGET_CODE',
  what: 'no program, kegiatan or sub kegiatan has code',
};
const OBJECTIVE: Kind = {
  code: 'INTERCHANGE.UNKNOWN_OBJECTIVE',
  what: 'no objective (sasaran) of the plan has code',
};
const UNIT: Kind = { code: 'INTERCHANGE.UNKNOWN_UNIT', what: 'no unit in agency.units has code' };

/** A reference that is a string and names nothing; other shapes are the schema's to report. */
function mustExist(ref: At, defined: ReadonlyMap<string, string>, kind: Kind): InterchangeProblem[] {
  if (typeof ref.value !== 'string' || defined.has(ref.value)) return [];
  return [{ path: ref.path, code: kind.code, message: `${kind.what} "${ref.value}"` }];
}

function agreementReferences(doc: At, catalog: CodeCatalog): InterchangeProblem[] {
  return agreementParts(doc).flatMap((version) => [
    ...items(version, 'targets').flatMap((t) => [
      ...mustExist(child(t, 'indicator'), catalog.indicators, INDICATOR),
      ...items(t, 'fundedBy').flatMap((p) => mustExist(p, catalog.programs, PROGRAM)),
    ]),
    ...items(version, 'budget').flatMap((b) => mustExist(child(b, 'program'), catalog.programs, PROGRAM)),
  ]);
}

/** A retired indicator may live in history only, provided the entry names it. */
function historyReferences(doc: At, catalog: CodeCatalog): InterchangeProblem[] {
  return items(doc, 'history')
    .filter((h) => !text(h, 'name'))
    .flatMap((h) =>
      mustExist(child(h, 'indicator'), catalog.indicators, {
        ...INDICATOR,
        what: 'the entry has no name, and no indicator of the plan has code',
      }),
    );
}

function planReferences(doc: At, catalog: CodeCatalog): InterchangeProblem[] {
  const parts = planParts(doc);
  return [
    ...parts.programs.flatMap((p) =>
      items(p, 'objectives').flatMap((o) => mustExist(o, catalog.objectives, OBJECTIVE)),
    ),
    ...parts.activities.flatMap((a) => mustExist(child(a, 'unit'), catalog.units, UNIT)),
    ...parts.units.flatMap((u) => mustExist(child(u, 'parent'), catalog.units, UNIT)),
  ];
}
