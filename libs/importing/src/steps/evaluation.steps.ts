import {
  Evidence,
  NoMatchingRubric,
  PlanFollowUpCommand,
  RecordEvaluationCommand,
  ReportFollowUpProgressCommand,
  componentNamed,
  evaluationDecider,
  evaluationStream,
  rubricMatching,
} from '@jejak/evaluation';
import { Evaluation, FollowUp, InterchangeDocument } from '@jejak/interchange';
import { dateOccurredAt, decimalText } from '../domain/decimal-text';
import { SCOPE_FIELDS, rebase } from '../domain/document-paths';
import { ImportScope, ImportStep } from '../domain/import-step';
import { requireAgency, sendTo } from './send';

const LINK = /^https?:\/\/\S+$/i;

/** The LHE a document's evaluation names, and where its commands go. */
interface LheTarget {
  readonly address: {
    readonly tenantId: string;
    readonly agency: string;
    readonly fiscalYearEvaluated: number;
  };
  readonly stream: string;
}

/** The LHE as recorded: its components matched by name to the rubric their names and weights fit. */
function recordStep(lhe: Evaluation, { address, stream }: LheTarget): ImportStep {
  const printed = lhe.components ?? [];
  return {
    key: 'evaluation:record',
    command: 'RecordEvaluation',
    path: '$.evaluation',
    stream,
    occurredAt: dateOccurredAt(lhe.issuedOn),
    requires: ['agency'],
    pathOf: rebase('$.evaluation', { ...SCOPE_FIELDS, rubric: 'components', stated: 'score' }),
    async send(store, metadata) {
      await requireAgency(store, address.tenantId, address.agency);
      const rubric = rubricMatching(printed, address.fiscalYearEvaluated);
      if (!rubric) throw new NoMatchingRubric(printed.map((c) => `${c.name} ${c.weight ?? '?'}`).join(', '));
      const code = (name: string) => componentNamed(rubric, name)?.code ?? name;
      const data = {
        ...address,
        letterNumber: lhe.letterNumber ?? null,
        issuedOn: lhe.issuedOn ?? null,
        evaluator: lhe.evaluator ?? null,
        rubric: rubric.version,
        components: printed.map((c) => ({
          component: code(c.name),
          score: c.score === null || c.score === undefined ? null : decimalText(c.score),
        })),
        stated: {
          score: lhe.score === null || lhe.score === undefined ? null : decimalText(lhe.score),
          grade: lhe.grade ?? null,
        },
        recommendations: (lhe.recommendations ?? []).map((r) => ({
          text: r.text,
          component: r.component ? code(r.component) : null,
        })),
      };
      await sendTo(store, stream, evaluationDecider, new RecordEvaluationCommand(data, metadata));
    },
  };
}

/** The action plan as the document gives it; what it leaves out stays null. */
function planStep(f: FollowUp, n: number, path: string, { address, stream }: LheTarget): ImportStep {
  return {
    key: `evaluation:plan:${n}`,
    command: 'PlanFollowUp',
    path,
    stream,
    occurredAt: null,
    requires: ['evaluation:record'],
    pathOf: rebase(path, { ...SCOPE_FIELDS, expectedOutput: 'targetOutput', responsibleUnit: 'responsible' }),
    async send(store, metadata) {
      const data = {
        ...address,
        recommendation: n,
        action: f.action ?? null,
        expectedOutput: f.targetOutput ?? null,
        due: f.due ?? null,
        responsibleUnit: f.responsible ?? null,
        unit: null,
      };
      await sendTo(store, stream, evaluationDecider, new PlanFollowUpCommand(data, metadata));
    },
  };
}

/**
 * The document's status as the agency's progress: "in-progress" a report, "done" a complete one —
 * the LKjIP prints the agency's own account ("Sudah dilaksanakan"), so "done" is reported done,
 * awaiting the inspectorate's verification, never verified by the import. Evidence that is a
 * link is a link; other evidence text is kept as the report's note.
 */
function progressStep(f: FollowUp, n: number, path: string, { address, stream }: LheTarget): ImportStep {
  const evidenceText = f.evidence?.trim() || null;
  const link = evidenceText !== null && LINK.test(evidenceText);
  return {
    key: `evaluation:progress:${n}`,
    command: 'ReportFollowUpProgress',
    path,
    stream,
    occurredAt: null,
    requires: [`evaluation:plan:${n}`],
    pathOf: rebase(path, { ...SCOPE_FIELDS, note: 'evidence', complete: 'status' }),
    async send(store, metadata) {
      const evidence: Evidence | null = link ? { kind: 'link', url: evidenceText as string } : null;
      const data = {
        ...address,
        recommendation: n,
        note: link ? null : evidenceText,
        evidence,
        complete: f.status === 'done',
      };
      await sendTo(store, stream, evaluationDecider, new ReportFollowUpProgressCommand(data, metadata));
    },
  };
}

/**
 * The last LHE the document carries, in its own stream (`evaluation-{agency}-{fiscalYearEvaluated}`):
 * recorded (dated by its letter), then each recommendation's action plan and the agency's progress
 * as the document states it. Undated follow-ups stay undated.
 */
export function evaluationSteps(doc: InterchangeDocument, { tenant, agency }: ImportScope): ImportStep[] {
  const lhe = doc.evaluation;
  if (!lhe) return [];
  const address = { tenantId: tenant, agency, fiscalYearEvaluated: lhe.fiscalYearEvaluated };
  const target: LheTarget = { address, stream: evaluationStream(tenant, agency, lhe.fiscalYearEvaluated) };
  const followUps = (lhe.recommendations ?? []).flatMap((r, i) => {
    const f = r.followUp;
    if (!f) return [];
    const path = `$.evaluation.recommendations[${i}].followUp`;
    const plan = planStep(f, i + 1, path, target);
    const progressed = f.status === 'in-progress' || f.status === 'done';
    return progressed ? [plan, progressStep(f, i + 1, path, target)] : [plan];
  });
  return [recordStep(lhe, target), ...followUps];
}
