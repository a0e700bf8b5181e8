import { unreachable } from '@jejak/eventstore';
import { OutboxJobData, QUEUES, runForJob } from '@jejak/outbox';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Job } from 'bullmq';
import type { EmailJobPayload } from '../notification-list/notification-rows';
import { Mailer, SentEmail } from './mailer';

/** The jobs of queue `notifications`. */
export type NotificationJobName = 'email';

/**
 * Queue `notifications`: one `email` job per stored notification (job id = notification id, so
 * relaying it twice sends once). A failed send throws, and BullMQ retries it with backoff
 * (JOB_DEFAULTS), keeping the job for inspection once its attempts are spent.
 */
@Processor(QUEUES.notifications)
export class NotificationEmailProcessor extends WorkerHost {
  constructor(private readonly mailer: Mailer) {
    super();
  }

  process(job: Job<OutboxJobData<EmailJobPayload>>): Promise<SentEmail> {
    const name = job.name as NotificationJobName;
    switch (name) {
      case 'email':
        return runForJob(job, (email) => this.mailer.send(email));
      default:
        return unreachable(name, 'notifications job');
    }
  }
}
