import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WorkflowDeadlineEntity } from '../deadlines/workflow-deadlines/workflow-deadline.entity';
import { MarkNotificationsReadController } from './mark-read/mark-notifications-read.controller';
import { MarkNotificationsReadHandler } from './mark-read/mark-notifications-read.handler';
import { NotificationsController } from './notification-list/notifications.controller';
import { ListNotificationsHandler } from './notification-list/notifications.handler';
import { NotificationSubjectEntity } from './notification-list/notification-subject.entity';
import { NotificationEntity } from './notification-list/notification.entity';

/**
 * The HTTP side of notifications: `GET /api/v1/notifications`, and marking them read. Needs
 * TypeORM's DataSource (app role) and `EVENT_STORE`. The rows are written by
 * `notificationsProjection` in the worker; emails go out from `NotificationsWorkerModule`.
 */
@Module({
  // The API's DataSource knows the read models' entities, so that a runner over every projection
  // (createProjectionRunner in e2e suites) can write them in-process.
  imports: [
    CqrsModule,
    TypeOrmModule.forFeature([NotificationEntity, NotificationSubjectEntity, WorkflowDeadlineEntity]),
  ],
  controllers: [NotificationsController, MarkNotificationsReadController],
  providers: [ListNotificationsHandler, MarkNotificationsReadHandler],
})
export class NotificationsModule {}
