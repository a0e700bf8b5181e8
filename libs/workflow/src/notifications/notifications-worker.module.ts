import { loadConfig } from '@jejak/config';
import { QUEUES, registerProcessors } from '@jejak/outbox';
import { Module } from '@nestjs/common';
import { Mailer } from './send-email/mailer';
import { NotificationEmailProcessor } from './send-email/notification-email.processor';

/**
 * The worker side of notifications: the `notifications` queue's email processor and its mailer
 * (SMTP_URL, MAIL_FROM). The notifications themselves are `notificationsProjection`'s rows.
 */
@Module({
  imports: [registerProcessors(QUEUES.notifications)],
  providers: [NotificationEmailProcessor, { provide: Mailer, useFactory: () => new Mailer(loadConfig()) }],
})
export class NotificationsWorkerModule {}
