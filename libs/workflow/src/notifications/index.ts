// Notifications: the public pieces, re-exported by the workflow context's index.
export * from './domain/notification.events';
export * from './domain/notification.errors';
export { notificationText, type NotificationText } from './domain/notification.texts';
export * from './notification-list/notification.entity';
export * from './notification-list/notification-subject.entity';
export * from './notification-list/notifications.migration';
export { notificationsProjection, NOTIFICATIONS } from './notification-list/notifications.projection';
export type { EmailJobPayload } from './notification-list/notification-rows';
export * from './notification-list/notifications.query';
export * from './mark-read/mark-notifications-read.command';
export { Mailer, type OutgoingEmail, type SentEmail } from './send-email/mailer';
export * from './notifications.module';
export * from './notifications-worker.module';
