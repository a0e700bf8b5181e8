import { unreachable } from '@jejak/eventstore';
import { Projection, RecordedOf } from '@jejak/projections';
import { PostCreated, PostEntity } from '@jejak/tenancy';
import { EntityManager, In } from 'typeorm';
import { pseudoPostsOf, stepKeys, stepRoles } from './inbox-keys';
import { WorkflowActionEntity } from './workflow-action.entity';
import { WorkflowItemAssigneeEntity } from './workflow-item-assignee.entity';
import { WorkflowItemEntity } from './workflow-item.entity';
import {
  Awaiting,
  InboxEvent,
  assigneeRows,
  awaiting,
  drafterKey,
  inboxAction,
  inboxItem,
  workflowIdOf,
} from './workflow-inbox.rows';

export const WORKFLOW_INBOX = 'workflow-inbox';

/** Role assignees → posts, from tenancy's posts read model (same transaction, platform scope). */
async function keysOfStep(
  manager: EntityManager,
  item: WorkflowItemEntity,
  now: Awaiting,
): Promise<string[]> {
  if (now.kind !== 'step') return [];
  const roles = stepRoles(now.assignees);
  const rows = roles.length
    ? await manager.find(PostEntity, { where: { tenantId: item.tenantId, role: In(roles) } })
    : [];
  const directory = rows.map((p) => ({ post: p.postId, agency: p.agencyId, unit: p.unitId, role: p.role }));
  return stepKeys(now.assignees, item, directory);
}

/** Replaces the item's assignee rows with those of whom it waits for now. */
async function place(manager: EntityManager, item: WorkflowItemEntity): Promise<void> {
  const { tenantId, workflowId } = item;
  await manager.delete(WorkflowItemAssigneeEntity, { tenantId, workflowId });
  const now = awaiting(item);
  const rows =
    now.kind === 'drafter'
      ? assigneeRows(item, [drafterKey(now)], now.account)
      : assigneeRows(item, await keysOfStep(manager, item, now));
  if (rows.length > 0) await manager.insert(WorkflowItemAssigneeEntity, rows);
}

async function applyTransition(manager: EntityManager, event: RecordedOf<InboxEvent>): Promise<void> {
  const key = { tenantId: event.tenantId, workflowId: workflowIdOf(event) };
  const before = await manager.findOneBy(WorkflowItemEntity, key);
  const item = inboxItem(before, event);
  if (item === null || item === before) return;
  await manager.upsert(WorkflowItemEntity, item, ['tenantId', 'workflowId']);
  const action = inboxAction(item, event);
  if (action)
    await manager
      .createQueryBuilder()
      .insert()
      .into(WorkflowActionEntity)
      .values(action)
      .orIgnore()
      .execute();
  await place(manager, item);
}

/** A post now holds a role where items waited under its pseudo-post: they wait for the post. */
async function adoptPseudoPosts(manager: EntityManager, event: RecordedOf<PostCreated>): Promise<void> {
  const { tenantId, postId, role, agencyId, unitId } = event.data;
  const pseudo = pseudoPostsOf(role, agencyId, unitId);
  await manager.query(
    `INSERT INTO workflow_item_assignees
       (tenant_id, post, workflow_id, account, document_type, agency, waiting_since, due_at)
     SELECT tenant_id, $3, workflow_id, account, document_type, agency, waiting_since, due_at
     FROM workflow_item_assignees WHERE tenant_id = $1 AND post = ANY($2::text[])
     ON CONFLICT DO NOTHING`,
    [tenantId, pseudo, postId],
  );
  await manager.query('DELETE FROM workflow_item_assignees WHERE tenant_id = $1 AND post = ANY($2::text[])', [
    tenantId,
    pseudo,
  ]);
}

/**
 * The officials' inbox: one item row per submission, its assignee rows for whom it waits on now,
 * and a history row per person's transition. Idempotent on the workflow stream's position.
 */
export const workflowInboxProjection: Projection<InboxEvent | PostCreated> = {
  name: WORKFLOW_INBOX,
  eventTypes: [
    'SubmissionOpened',
    'StepApproved',
    'SubmissionReturned',
    'SubmissionResubmitted',
    'SubmissionRejected',
    'SubmissionWithdrawn',
    'SubmissionApproved',
    'PostCreated',
  ],
  tables: [WorkflowItemEntity, WorkflowItemAssigneeEntity, WorkflowActionEntity],
  async handle(manager, event) {
    switch (event.type) {
      case 'PostCreated':
        return adoptPseudoPosts(manager, event);
      case 'SubmissionOpened':
      case 'StepApproved':
      case 'SubmissionReturned':
      case 'SubmissionResubmitted':
      case 'SubmissionRejected':
      case 'SubmissionWithdrawn':
      case 'SubmissionApproved':
        return applyTransition(manager, event);
      default:
        return unreachable(event, 'workflow-inbox event');
    }
  },
};
