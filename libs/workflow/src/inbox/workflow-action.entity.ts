import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DocumentType } from '../domain/workflow.events';

/** What a person did to a submission, as the history lists it. */
export type WorkflowActionName =
  'submitted' | 'approved' | 'returned' | 'resubmitted' | 'rejected' | 'withdrawn';

/** One row per transition an official made (the history of `GET /api/v1/inbox/history`). */
@Entity({ name: 'workflow_actions' })
export class WorkflowActionEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @PrimaryColumn({ name: 'workflow_id', type: 'text' })
  workflowId: string;

  /** The transition's position in the workflow stream. */
  @PrimaryColumn({ type: 'integer' })
  seq: number;

  @Column({ type: 'text' })
  action: WorkflowActionName;

  /** The step acted on; null for submit, resubmit and withdraw. */
  @Column({ type: 'integer', nullable: true })
  step: number | null;

  @Column({ name: 'step_name', type: 'text', nullable: true })
  stepName: string | null;

  @Column({ name: 'actor_account', type: 'text' })
  actorAccount: string;

  @Column({ name: 'actor_name', type: 'text', nullable: true })
  actorName: string | null;

  @Column({ name: 'actor_post', type: 'text', nullable: true })
  actorPost: string | null;

  /** Acted as Plt./Plh. of `actorPost`. */
  @Column({ type: 'boolean' })
  acting: boolean;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ type: 'timestamptz' })
  at: Date;

  @Column({ name: 'document_type', type: 'text' })
  documentType: DocumentType;

  @Column({ type: 'text' })
  agency: string;

  @Column({ type: 'text' })
  title: string;
}
