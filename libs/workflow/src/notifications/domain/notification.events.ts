import { DomainEvent } from '@jejak/eventstore';

/** What a notification is about: a step awaiting the recipient, its reminder, or its escalation. */
export type NotificationKind = 'awaiting' | 'reminder' | 'escalation';

/**
 * The recipient read some of their notifications (one, or every unread one at once). Reading is
 * the recipient's own state, told on their own stream `{tenant}/notifications-{account}`.
 */
export type NotificationsRead = DomainEvent<
  'NotificationsRead',
  { readonly account: string; readonly notifications: readonly string[] }
>;

export type NotificationEvent = NotificationsRead;

export const notificationsStream = (tenantId: string, account: string): string =>
  `${tenantId}/notifications-${account}`;
