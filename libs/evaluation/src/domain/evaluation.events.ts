import { DomainEvent } from '@jejak/eventstore';
import { Grade } from './rubric';

/** A decimal number as text, canonical (`"25.82"`, `"30"`): never a binary float. */
export type DecimalString = string;
/** A calendar date, `YYYY-MM-DD`. */
export type IsoDate = string;

/** A component of the LHE as scored: the rubric's code, name and weight, and the score (null: not given). */
export interface ComponentScore {
  readonly component: string;
  readonly name: string;
  readonly weight: DecimalString;
  readonly score: DecimalString | null;
}

/** Numbered 1, 2, … in the LHE's order; `component` is the rubric's code, null when the LHE does not say. */
export interface Recommendation {
  readonly number: number;
  readonly text: string;
  readonly component: string | null;
}

/**
 * What an LHE states that its own numbers contradict (an import keeps both, as printed):
 * the stated total is not the sum of the components, or the stated grade not the band of the score.
 */
export type Discrepancy = 'TOTAL_DIFFERS' | 'GRADE_DIFFERS';

/** Evidence of a follow-up: an uploaded file (its bytes stay in `evidence_files`, by hash) or a link. */
export type Evidence =
  | {
      readonly kind: 'file';
      /** Hex SHA-256 of the bytes. */
      readonly sha256: string;
      readonly name: string;
      readonly mediaType: string;
      readonly size: number;
    }
  | { readonly kind: 'link'; readonly url: string };

/** Stream `{tenant}/evaluation-{agency}-{fiscalYearEvaluated}`: the LHE and the follow-up of its recommendations. */
export type EvaluationRecorded = DomainEvent<
  'EvaluationRecorded',
  {
    readonly letterNumber: string | null;
    readonly issuedOn: IsoDate | null;
    readonly evaluator: string | null;
    /** The rubric version it was scored under (a version is never edited). */
    readonly rubric: string;
    readonly components: readonly ComponentScore[];
    /** The sum of the components, rounded as the rubric states; null unless every component is scored. */
    readonly total: DecimalString | null;
    /** The band of the total (or, without one, of the stated score); null with neither. */
    readonly grade: Grade | null;
    /** As the LHE (or the document imported) prints them. */
    readonly stated: { readonly score: DecimalString | null; readonly grade: Grade | null };
    readonly discrepancies: readonly Discrepancy[];
    readonly recommendations: readonly Recommendation[];
  }
>;

/** The agency's action plan for a recommendation (rencana aksi tindak lanjut); a later one revises it. */
export type FollowUpPlanned = DomainEvent<
  'FollowUpPlanned',
  {
    readonly recommendation: number;
    readonly action: string | null;
    readonly expectedOutput: string | null;
    readonly due: IsoDate | null;
    /** The responsible unit as the plan names it ("Sekretariat BKPSDM Kota Dumai"). */
    readonly responsibleUnit: string | null;
    /** Its unit code, when the plan is tied to a unit of the agency. */
    readonly unit: string | null;
  }
>;

/** Progress on a follow-up, numbered 1, 2, …; `complete`: the agency reports the action done. */
export type FollowUpProgressReported = DomainEvent<
  'FollowUpProgressReported',
  {
    readonly recommendation: number;
    readonly report: number;
    readonly note: string | null;
    readonly evidence: Evidence | null;
    readonly complete: boolean;
  }
>;

/** The inspectorate accepted the follow-up. */
export type FollowUpVerified = DomainEvent<
  'FollowUpVerified',
  { readonly recommendation: number; readonly note: string | null }
>;

/** The inspectorate returned the follow-up with a note: the agency continues it. */
export type FollowUpReturned = DomainEvent<
  'FollowUpReturned',
  { readonly recommendation: number; readonly note: string }
>;

export type EvaluationEvent =
  EvaluationRecorded | FollowUpPlanned | FollowUpProgressReported | FollowUpVerified | FollowUpReturned;

export const EVALUATION_EVENT_TYPES: readonly EvaluationEvent['type'][] = [
  'EvaluationRecorded',
  'FollowUpPlanned',
  'FollowUpProgressReported',
  'FollowUpVerified',
  'FollowUpReturned',
];

export const evaluationStream = (tenant: string, agency: string, fiscalYearEvaluated: number): string =>
  `${tenant}/evaluation-${agency}-${fiscalYearEvaluated}`;

const STREAM = /^([^/]+)\/evaluation-(.+)-(\d{4})$/;

/** The LHE an evaluation stream holds; null for any other stream. */
export function parseEvaluationStream(
  stream: string,
): { readonly tenant: string; readonly agency: string; readonly fiscalYearEvaluated: number } | null {
  const match = STREAM.exec(stream);
  return match ? { tenant: match[1], agency: match[2], fiscalYearEvaluated: Number(match[3]) } : null;
}

/** A follow-up's id in routes: the fiscal year evaluated and the recommendation's number (`2023-1`). */
export const followUpId = (fiscalYearEvaluated: number, recommendation: number): string =>
  `${fiscalYearEvaluated}-${recommendation}`;
