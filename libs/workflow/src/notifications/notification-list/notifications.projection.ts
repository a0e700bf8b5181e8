import { RecordedEvent, unreachable } from '@jejak/eventstore';
import { enqueueInTransaction } from '@jejak/outbox';
import { Projection, RecordedOf } from '@jejak/projections';
import { EntityManager } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { postsOfStep } from '../../domain/assignees';
import { StepEscalated, StepReminderSent } from '../../domain/workflow.events';
import { initialState } from '../../domain/workflow.state';
import {
  POSITION_EVENT_TYPES,
  enteredStep,
  trackWorkflow,
  workflowIdOf,
} from '../../deadlines/domain/workflow-position';
import { readDirectory } from '../../deadlines/post-directory';
import { PositionEvent } from '../../deadlines/workflow-deadlines/workflow-deadlines.projection';
import { NotificationKind, NotificationsRead } from '../domain/notification.events';
import { AccountHoldings, holdersOn } from '../domain/recipients';
import { NotificationSubjectEntity } from './notification-subject.entity';
import { NotificationEntity } from './notification.entity';
import { NotificationDraft, emailJobs, notificationRows } from './notification-rows';

export type NotificationSourceEvent = PositionEvent | StepReminderSent | StepEscalated | NotificationsRead;

/**
 * Identity's accounts holding any of `posts` (its `accounts` table is the accounts' state, kept
 * by identity in the command's transaction; this reads it as a public read model). Recipients
 * are those of the moment the event is projected: a rebuild addresses today's holders.
 */
async function accountsHolding(
  manager: EntityManager,
  tenantId: string,
  posts: readonly string[],
): Promise<AccountHoldings[]> {
  if (posts.length === 0) return [];
  return manager.query(
    `SELECT id::text AS id, email, posts FROM accounts
      WHERE tenant_id = $1 AND NOT disabled
        AND EXISTS (SELECT 1 FROM jsonb_array_elements(posts) h WHERE h->>'post' = ANY($2::text[]))`,
    [tenantId, posts],
  );
}

/** Stores the notifications of a draft for the holders of `posts` on the event's day, and mails the new ones. */
async function notify(
  manager: EntityManager,
  event: RecordedEvent,
  draft: NotificationDraft,
  posts: readonly string[],
): Promise<void> {
  const day = event.recordedAt.toISOString().slice(0, 10);
  const recipients = holdersOn(await accountsHolding(manager, event.tenantId, posts), posts, day);
  const rows = notificationRows(event, draft, recipients);
  if (rows.length === 0) return;
  const inserted = await manager
    .createQueryBuilder()
    .insert()
    .into(NotificationEntity)
    .values(rows)
    .orIgnore()
    .returning(['id'])
    .execute();
  const fresh = new Set((inserted.raw as { id: string }[]).map((row) => row.id));
  const jobs = emailJobs(
    rows.filter((row) => fresh.has(row.id)),
    recipients,
    new Date(),
  );
  await enqueueInTransaction(manager, event.tenantId, jobs);
}

const subjectKey = (event: RecordedEvent) => ({ tenantId: event.tenantId, workflowId: workflowIdOf(event) });

/** Follows the submission; when it enters a step, tells the step's posts it awaits them. */
async function followSubmission(manager: EntityManager, event: RecordedOf<PositionEvent>): Promise<void> {
  const row = await manager.findOneBy(NotificationSubjectEntity, subjectKey(event));
  const next = trackWorkflow(row, event);
  if (next === row) return;
  await manager.upsert(NotificationSubjectEntity, next as QueryDeepPartialEntity<NotificationSubjectEntity>, [
    'tenantId',
    'workflowId',
  ]);
  const { state } = next;
  const step = state.currentStep;
  if (!state.submission || step === null || !enteredStep(row?.state ?? initialState(), state)) return;
  const directory = await readDirectory(manager, event.tenantId);
  const posts = postsOfStep(state.submission.chain[step], state.submission, directory);
  const draft = {
    kind: 'awaiting' as const,
    workflowId: next.workflowId,
    submission: state.submission,
    step,
    dueAt: next.dueAt,
  };
  await notify(manager, event, draft, posts);
}

/** A reminder to the step's posts, or an escalation to their superiors, as the workflow stream tells it. */
async function notifyDeadline(
  manager: EntityManager,
  event: RecordedOf<StepReminderSent | StepEscalated>,
  kind: NotificationKind,
  posts: readonly string[],
): Promise<void> {
  const subject = await manager.findOneBy(NotificationSubjectEntity, subjectKey(event));
  if (!subject?.state.submission) return; // a workflow this projection never saw opened
  const { step, dueAt } = event.data;
  const draft = {
    kind,
    workflowId: subject.workflowId,
    submission: subject.state.submission,
    step,
    dueAt: new Date(dueAt),
  };
  await notify(manager, event, draft, posts);
}

/** Read is the recipient's own event; the rows follow it (STYLE.md §15). */
async function markRead(manager: EntityManager, event: RecordedOf<NotificationsRead>): Promise<void> {
  await manager.query(
    `UPDATE notifications SET read_at = $4
      WHERE tenant_id = $1 AND recipient_account = $2 AND id = ANY($3::uuid[]) AND read_at IS NULL`,
    [event.tenantId, event.data.account, event.data.notifications, event.occurredAt ?? event.recordedAt],
  );
}

export const NOTIFICATIONS = 'notifications';

export const notificationsProjection: Projection<NotificationSourceEvent> = {
  name: NOTIFICATIONS,
  eventTypes: [...POSITION_EVENT_TYPES, 'StepReminderSent', 'StepEscalated', 'NotificationsRead'],
  tables: [NotificationEntity, NotificationSubjectEntity],
  async handle(manager, event) {
    switch (event.type) {
      case 'SubmissionOpened':
      case 'StepApproved':
      case 'SubmissionReturned':
      case 'SubmissionResubmitted':
      case 'SubmissionRejected':
      case 'SubmissionWithdrawn':
      case 'SubmissionApproved':
        return followSubmission(manager, event);
      case 'StepReminderSent':
        return notifyDeadline(manager, event, 'reminder', event.data.posts);
      case 'StepEscalated':
        return notifyDeadline(manager, event, 'escalation', event.data.to);
      case 'NotificationsRead':
        return markRead(manager, event);
      default:
        return unreachable(event, 'notifications event');
    }
  },
};
