import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { DocumentType } from '../domain/workflow.events';

/**
 * One row per open submission and inbox key that may act on it now: a post code, a role
 * pseudo-post (`role:secretary@bkpsdm`, `role:head-of-unit@bkpsdm/bidang-mutasi`) while no post
 * holds the role, or `account:{id}` for a drafter who submitted in no post. The inbox is an
 * index lookup on (tenant, key); the columns it filters and sorts by are copied in.
 */
@Entity({ name: 'workflow_item_assignees' })
export class WorkflowItemAssigneeEntity {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @PrimaryColumn({ type: 'text' })
  post: string;

  @PrimaryColumn({ name: 'workflow_id', type: 'text' })
  workflowId: string;

  /** The drafter's account, on the row of an item returned for revision; null otherwise. */
  @Column({ type: 'text', nullable: true })
  account: string | null;

  @Column({ name: 'document_type', type: 'text' })
  documentType: DocumentType;

  @Column({ type: 'text' })
  agency: string;

  @Column({ name: 'waiting_since', type: 'timestamptz' })
  waitingSince: Date;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;
}
