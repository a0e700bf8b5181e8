import { inTenantEntityTransaction } from '@jejak/database';
import { EVENT_STORE, EventStore, handleCommand } from '@jejak/eventstore';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { notificationDecider } from '../domain/notification.decider';
import { NotificationNotFound } from '../domain/notification.errors';
import { notificationsStream } from '../domain/notification.events';
import { findOwnNotification, findUnreadIds } from '../notification-list/notifications.query';
import { MarkNotificationsReadCommand, MarkNotificationsReadResult } from './mark-notifications-read.command';

@CommandHandler(MarkNotificationsReadCommand)
export class MarkNotificationsReadHandler implements ICommandHandler<MarkNotificationsReadCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly dataSource: DataSource,
  ) {}

  async execute({ data, metadata }: MarkNotificationsReadCommand): Promise<MarkNotificationsReadResult> {
    const notifications = await inTenantEntityTransaction(this.dataSource, async (manager) => {
      if (data.notification === null) return findUnreadIds(manager, data.account);
      const own = await findOwnNotification(manager, data.account, data.notification);
      if (!own) throw new NotificationNotFound(data.notification);
      return own.read ? [] : [own.id];
    });
    if (notifications.length === 0) return { read: [], recorded: false };
    const { events } = await handleCommand(this.store, {
      stream: notificationsStream(metadata.tenantId, data.account),
      decider: notificationDecider,
      command: { type: 'ReadNotifications', data: { account: data.account, notifications }, metadata },
    });
    return { read: events.flatMap((event) => event.data.notifications), recorded: events.length > 0 };
  }
}
