import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { ChainStep, DocumentType } from '../domain/workflow.events';

/** Where a submission stands in the inbox: `pending` on a step, `returned` to its drafter, or done. */
export type InboxStatus = 'pending' | 'returned' | 'approved' | 'rejected' | 'withdrawn';

/**
 * One row per submission (workflow instance) of a tenant: what the inbox shows about it, and the
 * chain copied in at submission, so later steps are placed without reading the log.
 */
@Entity({ name: 'workflow_items' })
export class WorkflowItemEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @PrimaryColumn({ name: 'workflow_id', type: 'text' })
  workflowId: string;

  @Column({ name: 'document_type', type: 'text' })
  documentType: DocumentType;

  @Column({ type: 'text' })
  agency: string;

  @Column({ type: 'text', nullable: true })
  unit: string | null;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  status: InboxStatus;

  /** 0-based step awaiting approval; null when returned to the drafter or done. */
  @Column({ name: 'current_step', type: 'integer', nullable: true })
  currentStep: number | null;

  @Column({ name: 'step_name', type: 'text', nullable: true })
  stepName: string | null;

  /** Increases at every transition that puts the instance on a step (workflow.events.ts). */
  @Column({ type: 'integer' })
  round: number;

  @Column({ name: 'submitted_by_account', type: 'text' })
  submittedByAccount: string;

  @Column({ name: 'submitted_by_name', type: 'text', nullable: true })
  submittedByName: string | null;

  @Column({ name: 'submitted_by_post', type: 'text', nullable: true })
  submittedByPost: string | null;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  /** When the current step (or the drafter's revision) began to wait. */
  @Column({ name: 'waiting_since', type: 'timestamptz' })
  waitingSince: Date;

  /** `waitingSince` + the step's `dueInSeconds`; null when the step has no due period. */
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ type: 'jsonb' })
  chain: readonly ChainStep[];

  /** The workflow stream's position of the last event applied. */
  @Column({ type: 'integer' })
  revision: number;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
