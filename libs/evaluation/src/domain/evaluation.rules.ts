import { dec } from '@jejak/measurement';
import {
  ComponentScoreAboveWeight,
  DuplicateComponent,
  InvalidEvaluationValue,
  UnknownComponent,
} from './evaluation.errors';
import {
  ComponentScore,
  DecimalString,
  Discrepancy,
  EvaluationRecorded,
  Recommendation,
} from './evaluation.events';
import { Grade, Rubric, gradeFor, roundedScore, rubricOf, totalOf } from './rubric';

/** Free text (a letter number, a recommendation, a note), as long as the interchange allows. */
export const TEXT_MAX_LENGTH = 4000;
export const DECIMAL_PATTERN = /^-?\d{1,15}(\.\d{1,12})?$/;
export const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
export const FISCAL_YEAR_MIN = 1990;
export const FISCAL_YEAR_MAX = 2100;

/** `"025.820"` and `25.82` are the same score: events carry one spelling, so equal facts compare equal. */
export function canonicalDecimal(value: DecimalString, field: string): DecimalString {
  if (!DECIMAL_PATTERN.test(value)) throw new InvalidEvaluationValue(field, 'a decimal number');
  return dec(value).toFixed();
}

/**
 * Deep equality of plain JSON data, key order aside: an event read back from the store (jsonb
 * orders keys its own way) still equals the one a command would record again.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    return a.every((item, i) => sameData(item, b[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = (o: Record<string, unknown>) => Object.keys(o).filter((k) => o[k] !== undefined);
  return keys(x).length === keys(y).length && keys(x).every((k) => sameData(x[k], y[k]));
}

/** What an LHE states, before it is scored against its rubric. */
export interface StatedEvaluation {
  readonly letterNumber: string | null;
  readonly issuedOn: string | null;
  readonly evaluator: string | null;
  readonly rubric: string;
  /** Component codes of the rubric with their scores (null: the LHE gives none). */
  readonly components: readonly { readonly component: string; readonly score: DecimalString | null }[];
  /** The total and grade as printed, when given (an import): kept beside the computed ones. */
  readonly stated: { readonly score: DecimalString | null; readonly grade: Grade | null };
  readonly recommendations: readonly { readonly text: string; readonly component: string | null }[];
}

function componentScores(rubric: Rubric, stated: StatedEvaluation['components']): ComponentScore[] {
  const seen = new Set<string>();
  const scored = stated.map((c, i) => {
    const known = rubric.components.find((rc) => rc.code === c.component);
    if (!known) throw new UnknownComponent(c.component, rubric.version, `components[${i}].component`);
    if (seen.has(known.code)) throw new DuplicateComponent(known.code, `components[${i}].component`);
    seen.add(known.code);
    const field = `components[${i}].score`;
    const score = c.score === null ? null : canonicalDecimal(c.score, field);
    if (score !== null && (dec(score).lt(0) || dec(score).gt(known.weight)))
      throw new ComponentScoreAboveWeight(known.name, score, known.weight, field);
    return { component: known.code, name: known.name, weight: known.weight, score };
  });
  // In the rubric's order, whatever the order given: the same LHE is the same event.
  const order = (c: ComponentScore) => rubric.components.findIndex((rc) => rc.code === c.component);
  return scored.sort((a, b) => order(a) - order(b));
}

function recommendationsOf(rubric: Rubric, stated: StatedEvaluation['recommendations']): Recommendation[] {
  return stated.map((r, i) => {
    if (r.component !== null && !rubric.components.some((rc) => rc.code === r.component))
      throw new UnknownComponent(r.component, rubric.version, `recommendations[${i}].component`);
    return { number: i + 1, text: r.text, component: r.component };
  });
}

/**
 * The LHE as recorded: components checked against the rubric (each at most its weight), the
 * total computed when every component is scored, the grade from the rubric's bands. A stated
 * total or grade that the numbers contradict is kept, and flagged — not refused: the printed
 * LHE is what it is (the seed's components add to 71,32 against 71,31 printed).
 */
export function scoredEvaluation(lhe: StatedEvaluation): EvaluationRecorded['data'] {
  const rubric = rubricOf(lhe.rubric);
  const components = componentScores(rubric, lhe.components);
  const everyScored = rubric.components.every((rc) =>
    components.some((c) => c.component === rc.code && c.score !== null),
  );
  const total = everyScored ? totalOf(components as { score: string }[], rubric) : null;
  const statedScore = lhe.stated.score === null ? null : canonicalDecimal(lhe.stated.score, 'score');
  const statedRounded = statedScore === null ? null : roundedScore(statedScore, rubric);
  const graded = total ?? statedRounded;
  const grade = graded === null ? null : gradeFor(graded, rubric);
  const discrepancies: Discrepancy[] = [];
  if (total !== null && statedRounded !== null && total !== statedRounded)
    discrepancies.push('TOTAL_DIFFERS');
  if (grade !== null && lhe.stated.grade !== null && grade !== lhe.stated.grade)
    discrepancies.push('GRADE_DIFFERS');
  return {
    letterNumber: lhe.letterNumber,
    issuedOn: lhe.issuedOn,
    evaluator: lhe.evaluator,
    rubric: rubric.version,
    components,
    total,
    grade,
    stated: { score: statedScore, grade: lhe.stated.grade },
    discrepancies,
    recommendations: recommendationsOf(rubric, lhe.recommendations),
  };
}
