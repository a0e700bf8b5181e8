import { Query } from '@nestjs/cqrs';
import { EntityManager } from 'typeorm';
import { ComponentScore, Discrepancy, Evidence, followUpId } from '../domain/evaluation.events';
import { FollowUpStatus, isDone } from '../domain/evaluation.state';
import { Grade } from '../domain/rubric';
import { EvaluationEntity } from './evaluation.entity';
import { FollowUpEntity } from './follow-up.entity';

/** Evidence as the API shows it: a file with the address of its bytes, or a link. */
export type EvidenceView =
  | {
      readonly kind: 'file';
      readonly sha256: string;
      readonly name: string;
      readonly mediaType: string;
      readonly size: number;
      readonly href: string;
    }
  | { readonly kind: 'link'; readonly url: string };

/** One row of the follow-up table the next LKjIP prints (BAB I). */
export interface FollowUpView {
  /** `2023-1`: the route id of `…/follow-ups/:id`. */
  readonly id: string;
  readonly evaluation: number;
  readonly recommendation: number;
  readonly text: string;
  readonly component: string | null;
  readonly action: string | null;
  readonly expectedOutput: string | null;
  readonly due: string | null;
  readonly responsibleUnit: string | null;
  readonly unit: string | null;
  readonly status: FollowUpStatus;
  /** Reported done by the agency, or verified: what the LKjIP counts as followed up. */
  readonly done: boolean;
  readonly progressNote: string | null;
  readonly evidence: readonly EvidenceView[];
  /** The date the inspectorate accepted it (`YYYY-MM-DD`); null until then. */
  readonly verifiedOn: string | null;
  readonly verificationNote: string | null;
}

export interface EvaluationSummaryView {
  readonly fiscalYearEvaluated: number;
  readonly letterNumber: string | null;
  readonly issuedOn: string | null;
  readonly evaluator: string | null;
  readonly rubric: string;
  readonly total: string | null;
  readonly grade: Grade | null;
  readonly stated: { readonly score: string | null; readonly grade: Grade | null };
  readonly discrepancies: readonly Discrepancy[];
  readonly recommendations: number;
  readonly followUpsDone: number;
}

export interface EvaluationView extends EvaluationSummaryView {
  readonly components: readonly ComponentScore[];
  readonly followUps: readonly FollowUpView[];
  /** The LHE stream's revision the rows reflect: the ETag for `If-Match` on its commands. */
  readonly revision: number;
}

export interface FollowUpList {
  readonly items: readonly FollowUpView[];
  readonly summary: { readonly recommendations: number; readonly done: number; readonly verified: number };
  /** With `evaluation` given, that LHE stream's revision (its ETag); otherwise null. */
  readonly revision: number | null;
}

const evidenceView = (tenant: string, agency: string, e: Evidence): EvidenceView =>
  e.kind === 'file' ? { ...e, href: `/api/v1/tenants/${tenant}/agencies/${agency}/evidence/${e.sha256}` } : e;

export const followUpView = (row: FollowUpEntity): FollowUpView => ({
  id: followUpId(row.fiscalYearEvaluated, row.recommendation),
  evaluation: row.fiscalYearEvaluated,
  recommendation: row.recommendation,
  text: row.text,
  component: row.component,
  action: row.action,
  expectedOutput: row.expectedOutput,
  due: row.due,
  responsibleUnit: row.responsibleUnit,
  unit: row.unit,
  status: row.status,
  done: isDone(row.status),
  progressNote: row.progressNote,
  evidence: row.evidence.map((e) => evidenceView(row.tenantId, row.agency, e)),
  verifiedOn: row.verifiedAt?.toISOString().slice(0, 10) ?? null,
  verificationNote: row.verificationNote,
});

export const evaluationSummaryView = (
  row: EvaluationEntity,
  followUps: readonly FollowUpEntity[],
): EvaluationSummaryView => ({
  fiscalYearEvaluated: row.fiscalYearEvaluated,
  letterNumber: row.letterNumber,
  issuedOn: row.issuedOn,
  evaluator: row.evaluator,
  rubric: row.rubric,
  total: row.total,
  grade: row.grade,
  stated: { score: row.statedScore, grade: row.statedGrade },
  discrepancies: row.discrepancies,
  recommendations: row.recommendations,
  followUpsDone: followUps.filter((f) => isDone(f.status)).length,
});

export const followUpSummary = (rows: readonly FollowUpEntity[]): FollowUpList['summary'] => ({
  recommendations: rows.length,
  done: rows.filter((r) => isDone(r.status)).length,
  verified: rows.filter((r) => r.status === 'verified').length,
});

/** An agency's LHEs, latest fiscal year first. Run inside `inTenantEntityTransaction` (row-level security). */
export const evaluationRows = (manager: EntityManager, agency: string) =>
  manager.find(EvaluationEntity, { where: { agency }, order: { fiscalYearEvaluated: 'DESC' } });

export const evaluationRow = (manager: EntityManager, agency: string, fiscalYearEvaluated: number) =>
  manager.findOneBy(EvaluationEntity, { agency, fiscalYearEvaluated });

/** An agency's follow-ups, of one LHE or of all, by LHE (latest first) then recommendation. Same scoping. */
export const followUpRows = (manager: EntityManager, agency: string, fiscalYearEvaluated?: number) =>
  manager.find(FollowUpEntity, {
    where: fiscalYearEvaluated === undefined ? { agency } : { agency, fiscalYearEvaluated },
    order: { fiscalYearEvaluated: 'DESC', recommendation: 'ASC' },
  });

/** The LHE stream's revision the rows reflect (the greatest stream position applied to any of them). */
export const revisionOfRows = (row: EvaluationEntity, followUps: readonly FollowUpEntity[]): number =>
  Math.max(row.revision, ...followUps.map((f) => f.revision));

/** An agency's LHEs; unknown agency → `UnknownAgency` (404). */
export class ListEvaluationsQuery extends Query<{ readonly items: readonly EvaluationSummaryView[] }> {
  constructor(
    readonly tenantId: string,
    readonly agency: string,
  ) {
    super();
  }
}

/** One LHE with its components and follow-ups; unknown → `UnknownEvaluation` (404). */
export class GetEvaluationQuery extends Query<EvaluationView> {
  constructor(
    readonly tenantId: string,
    readonly agency: string,
    readonly fiscalYearEvaluated: number,
  ) {
    super();
  }
}

/** The follow-up table (LKjIP BAB I) of one LHE, or of every LHE of the agency. */
export class ListFollowUpsQuery extends Query<FollowUpList> {
  constructor(
    readonly tenantId: string,
    readonly agency: string,
    readonly fiscalYearEvaluated?: number,
  ) {
    super();
  }
}
