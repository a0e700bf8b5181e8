import { InterchangeDocument } from '../document/interchange-document';
import { catalogCodes } from './code-catalog';
import { InterchangeProblem } from './interchange-problem';
import { referenceProblems } from './reference-rules';
import { schemaProblems } from './schema-problems';
import { At } from './unknown-walk';
import { valueProblems } from './value-rules';

export type InterchangeValidation =
  | { readonly ok: true; readonly document: InterchangeDocument }
  | { readonly ok: false; readonly errors: readonly InterchangeProblem[] };

/**
 * Checks a parsed document against the JSON Schema and the rules it cannot state (codes unique,
 * references resolve, realizations well-formed, money exact, bands descending, years in the
 * plan) and lists every problem, one per path. A refused document is refused as a whole.
 */
export function validateInterchange(doc: unknown): InterchangeValidation {
  const root: At = { value: doc, path: '$' };
  const shapes = schemaProblems(doc);
  const rules: InterchangeProblem[] = [];
  const catalog = catalogCodes(root, rules);
  rules.push(...referenceProblems(root, catalog), ...valueProblems(root));
  // A path the schema already refuses is reported once, for its shape.
  const refused = new Set(shapes.map((p) => p.path));
  const errors = [...shapes, ...rules.filter((p) => !refused.has(p.path))];
  return errors.length === 0 ? { ok: true, document: doc as InterchangeDocument } : { ok: false, errors };
}
