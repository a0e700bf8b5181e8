import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { WorkflowState } from '../../domain/workflow.state';
import type { TrackedWorkflow } from '../../deadlines/domain/workflow-position';

/**
 * The notifications projection's memory of each workflow instance (its state: title, chain,
 * step, due time), since a reminder or an escalation event names only the step and its posts.
 */
@Entity({ name: 'notification_subjects' })
export class NotificationSubjectEntity implements TrackedWorkflow {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @PrimaryColumn({ name: 'workflow_id', type: 'text' })
  workflowId: string;

  @Column({ type: 'jsonb' })
  state: WorkflowState;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ type: 'integer' })
  revision: number;
}
