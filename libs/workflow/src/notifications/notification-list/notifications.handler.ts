import { inTenantEntityTransaction } from '@jejak/database';
import { IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { DataSource } from 'typeorm';
import { ListNotificationsQuery, NotificationPage, findNotifications } from './notifications.query';

// Row-level security binds the read to the caller's tenant; the query to the caller's account.
@QueryHandler(ListNotificationsQuery)
export class ListNotificationsHandler implements IQueryHandler<ListNotificationsQuery> {
  constructor(private readonly dataSource: DataSource) {}

  execute({ account, filter }: ListNotificationsQuery): Promise<NotificationPage> {
    return inTenantEntityTransaction(this.dataSource, (manager) =>
      findNotifications(manager, account, filter),
    );
  }
}
