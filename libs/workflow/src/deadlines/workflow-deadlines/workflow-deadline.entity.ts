import { Column, Entity, PrimaryColumn } from 'typeorm';
import type { WorkflowState } from '../../domain/workflow.state';
import type { TrackedWorkflow } from '../domain/workflow-position';

/**
 * One row per workflow instance: its state (the workflow decider's, without the proposed
 * change), so that the deadlines projection schedules a step's jobs when the instance enters it.
 */
@Entity({ name: 'workflow_deadlines' })
export class WorkflowDeadlineEntity implements TrackedWorkflow {
  @PrimaryColumn({ name: 'tenant_id', type: 'text' })
  tenantId: string;

  @PrimaryColumn({ name: 'workflow_id', type: 'text' })
  workflowId: string;

  @Column({ type: 'jsonb' })
  state: WorkflowState;

  /** When the step it waits on is due; null when on no step, or on one without a due period. */
  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  /** The workflow stream's position of the last event applied. */
  @Column({ type: 'integer' })
  revision: number;
}
