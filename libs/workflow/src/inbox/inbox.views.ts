import type { DocumentType } from '../domain/workflow.events';
import type { WorkflowActionName } from './workflow-action.entity';
import type { InboxStatus } from './workflow-item.entity';
import type { HistoryEntryView, InboxItemView } from './inbox.query';

/** A row of `inboxPageQuery`, as PostgreSQL answers it. */
export interface InboxRow {
  readonly workflow_id: string;
  readonly document_type: DocumentType;
  readonly agency: string;
  readonly unit: string | null;
  readonly title: string;
  readonly status: InboxStatus;
  readonly current_step: number | null;
  readonly step_name: string | null;
  readonly round: number;
  readonly submitted_by_account: string;
  readonly submitted_by_name: string | null;
  readonly submitted_by_post: string | null;
  readonly submitted_at: Date;
  readonly waiting_since: Date;
  readonly due_at: Date | null;
  readonly overdue: boolean;
  readonly revision: number;
  /** The waiting instant to the microsecond: the cursor's key. */
  readonly position: string;
}

/** A row of `historyPageQuery`. */
export interface HistoryRow {
  readonly workflow_id: string;
  readonly seq: number;
  readonly action: WorkflowActionName;
  readonly step: number | null;
  readonly step_name: string | null;
  readonly actor_post: string | null;
  readonly acting: boolean;
  readonly note: string | null;
  readonly at: Date;
  readonly document_type: DocumentType;
  readonly agency: string;
  readonly title: string;
  readonly status: InboxStatus | null;
  readonly position: string;
}

export const inboxItemView = (row: InboxRow): InboxItemView => ({
  workflowId: row.workflow_id,
  documentType: row.document_type,
  agency: row.agency,
  unit: row.unit,
  title: row.title,
  status: row.status,
  step: row.current_step === null ? null : { index: row.current_step, name: row.step_name },
  round: row.round,
  submittedBy: {
    account: row.submitted_by_account,
    name: row.submitted_by_name,
    post: row.submitted_by_post,
  },
  submittedAt: row.submitted_at.toISOString(),
  waitingSince: row.waiting_since.toISOString(),
  dueAt: row.due_at?.toISOString() ?? null,
  overdue: row.overdue,
  revision: row.revision,
});

export const historyEntryView = (row: HistoryRow): HistoryEntryView => ({
  workflowId: row.workflow_id,
  seq: row.seq,
  action: row.action,
  step: row.step === null ? null : { index: row.step, name: row.step_name },
  post: row.actor_post,
  acting: row.acting,
  note: row.note,
  at: row.at.toISOString(),
  documentType: row.document_type,
  agency: row.agency,
  title: row.title,
  status: row.status,
});
