import { OutboxMessage, uuidV5 } from '@jejak/eventstore';
import type { RecordedEvent } from '@jejak/eventstore';
import { QUEUES } from '@jejak/outbox';
import type { Submission } from '../../domain/workflow.state';
import { NotificationKind } from '../domain/notification.events';
import { notificationText } from '../domain/notification.texts';
import { AccountHoldings } from '../domain/recipients';
import { NotificationEntity } from './notification.entity';

/** What a notification is about, before its recipients are known. */
export interface NotificationDraft {
  readonly kind: NotificationKind;
  readonly workflowId: string;
  readonly submission: Submission;
  readonly step: number;
  readonly dueAt: Date | null;
}

/** One row per recipient; the id derives from the event and the recipient, so a replay inserts nothing new. */
export function notificationRows(
  event: Pick<RecordedEvent, 'id' | 'tenantId' | 'recordedAt'>,
  draft: NotificationDraft,
  recipients: readonly AccountHoldings[],
): NotificationEntity[] {
  const stepName = draft.submission.chain[draft.step]?.name ?? `tahap ${draft.step + 1}`;
  const text = notificationText(draft.kind, { title: draft.submission.title, stepName, dueAt: draft.dueAt });
  return recipients.map((recipient) => ({
    tenantId: event.tenantId,
    id: uuidV5(`notification|${event.id}|${recipient.id}`),
    recipientAccount: recipient.id,
    kind: draft.kind,
    workflowId: draft.workflowId,
    title: text.title,
    message: text.message,
    dueAt: draft.dueAt,
    createdAt: event.recordedAt,
    readAt: null,
  }));
}

/** A rebuild replays old events: their mail went out when they happened, so mail only what is this recent. */
export const EMAIL_MAX_AGE_MS = 24 * 3600 * 1000;

/** What the `email` job of queue `notifications` carries. */
export interface EmailJobPayload {
  readonly notification: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

/** One `email` job per new notification whose recipient has an address; job id = notification id. */
export function emailJobs(
  rows: readonly NotificationEntity[],
  recipients: readonly AccountHoldings[],
  now: Date,
): OutboxMessage[] {
  return rows.flatMap((row) => {
    const to = recipients.find((recipient) => recipient.id === row.recipientAccount)?.email;
    if (!to || now.getTime() - row.createdAt.getTime() > EMAIL_MAX_AGE_MS) return [];
    const payload: EmailJobPayload = {
      notification: row.id,
      to,
      subject: `[Jejak] ${row.title}`,
      text: `${row.message}\n\nBuka Jejak untuk menindaklanjuti.`,
    };
    return [{ queue: QUEUES.notifications, name: 'email', jobId: row.id, payload }];
  });
}
