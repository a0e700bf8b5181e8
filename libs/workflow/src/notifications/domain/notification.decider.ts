import { Command, Decider, unreachable } from '@jejak/eventstore';
import { NotificationEvent, NotificationsRead } from './notification.events';

export interface ReadNotificationsData {
  readonly account: string;
  /** The recipient's notifications to mark read (checked as theirs by the handler). */
  readonly notifications: readonly string[];
}

export type ReadNotifications = Command<'ReadNotifications', ReadNotificationsData>;
export type NotificationCommand = ReadNotifications;

export interface NotificationState {
  readonly read: ReadonlySet<string>;
}

export const initialState = (): NotificationState => ({ read: new Set() });

/** Marks read what is not read yet; reading again what is read appends nothing. */
export function readNotifications(command: ReadNotifications, state: NotificationState): NotificationsRead[] {
  const unread = [...new Set(command.data.notifications)].filter((id) => !state.read.has(id)).sort();
  if (unread.length === 0) return [];
  return [{ type: 'NotificationsRead', data: { account: command.data.account, notifications: unread } }];
}

export function decide(command: NotificationCommand, state: NotificationState): NotificationEvent[] {
  switch (command.type) {
    case 'ReadNotifications':
      return readNotifications(command, state);
    default:
      return unreachable(command.type, 'notification command');
  }
}

export function evolve(state: NotificationState, event: NotificationEvent): NotificationState {
  switch (event.type) {
    case 'NotificationsRead':
      return { read: new Set([...state.read, ...event.data.notifications]) };
    default:
      return unreachable(event.type, 'notification event');
  }
}

export const notificationDecider: Decider<NotificationState, NotificationCommand, NotificationEvent> = {
  decide,
  evolve,
  initialState,
};
