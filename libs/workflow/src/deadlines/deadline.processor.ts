import { CommandMetadata, unreachable, uuidV5 } from '@jejak/eventstore';
import { OutboxJobData, QUEUES, runForJob } from '@jejak/outbox';
import { Processor, WorkerHost } from '@nestjs/bullmq';
import { CommandBus } from '@nestjs/cqrs';
import { DelayedError, Job } from 'bullmq';
import type { DeadlineCommandResult } from './deadline-command';
import { DeadlineJobName, DeadlineJobPayload } from './domain/deadline.schedule';
import { EscalateOverdueStepCommand } from './escalate-overdue-step/escalate-overdue-step.command';
import { SendStepReminderCommand } from './send-step-reminder/send-step-reminder.command';

type DeadlineJob = Job<OutboxJobData<DeadlineJobPayload>>;

/** The command of a job: its id derives from the job's, so a retried job appends the same event ids. */
function metadataOf(job: DeadlineJob): CommandMetadata {
  return {
    tenantId: job.data.tenantId,
    now: new Date(),
    commandId: uuidV5(`workflow-deadline-job|${job.id}`),
    correlationId: job.id,
    source: 'system',
  };
}

/**
 * Queue `reminders`: the deadline jobs the workflow-deadlines projection schedules. A processor
 * changes nothing itself (STYLE.md §15): it sends the command, and the command's decider tells a
 * stale job (the step was left, or the round is over) by appending nothing.
 */
@Processor(QUEUES.reminders)
export class DeadlineProcessor extends WorkerHost {
  constructor(private readonly commands: CommandBus) {
    super();
  }

  async process(job: DeadlineJob, token?: string): Promise<DeadlineCommandResult> {
    const at = Date.parse(job.data.payload.at);
    if (at > Date.now()) {
      // A due period past the outbox's delay cap (or another host's clock): wait the rest, without spending an attempt.
      await job.moveToDelayed(at, token);
      throw new DelayedError();
    }
    return runForJob(job, ({ workflowId, step, round, dueAt }) => {
      const data = { workflowId, step, round, dueAt };
      const name = job.name as DeadlineJobName;
      switch (name) {
        case 'reminder':
          return this.commands.execute(new SendStepReminderCommand(data, metadataOf(job)));
        case 'escalation':
          return this.commands.execute(new EscalateOverdueStepCommand(data, metadataOf(job)));
        default:
          return unreachable(name, 'reminders job');
      }
    });
  }
}
