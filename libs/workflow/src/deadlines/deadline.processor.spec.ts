import { CommandBus } from '@nestjs/cqrs';
import { DelayedError, Job } from 'bullmq';
import { DeadlineProcessor } from './deadline.processor';
import { EscalateOverdueStepCommand } from './escalate-overdue-step/escalate-overdue-step.command';
import { SendStepReminderCommand } from './send-step-reminder/send-step-reminder.command';

const payload = (at: Date) => ({
  workflowId: 'wf-realisasi-q1',
  step: 0,
  round: 1,
  dueAt: '2024-04-08T02:00:00.000Z',
  at: at.toISOString(),
});

function job(name: string, at: Date) {
  return {
    id: `workflow-deadline.kota-dumai.wf-realisasi-q1.1.${name}`,
    name,
    data: { tenantId: 'kota-dumai', payload: payload(at) },
    moveToDelayed: jest.fn(async () => undefined),
  };
}

describe('the deadline processor', () => {
  const execute = jest.fn(async () => ({ workflowId: 'wf-realisasi-q1', recorded: true, revision: 1 }));
  const processor = new DeadlineProcessor({ execute } as unknown as CommandBus);
  beforeEach(() => execute.mockClear());

  it('sends the reminder command of a reminder job, as the job’s tenant, with an id derived from the job', async () => {
    const due = job('reminder', new Date(Date.now() - 1000));
    await processor.process(due as unknown as Job, 'token');
    const [command] = execute.mock.calls[0] as unknown as [SendStepReminderCommand];
    expect(command).toBeInstanceOf(SendStepReminderCommand);
    expect(command.data).toEqual({
      workflowId: 'wf-realisasi-q1',
      step: 0,
      round: 1,
      dueAt: '2024-04-08T02:00:00.000Z',
    });
    expect(command.metadata).toMatchObject({
      tenantId: 'kota-dumai',
      source: 'system',
      correlationId: due.id,
    });
    await processor.process(due as unknown as Job, 'token');
    const [retried] = execute.mock.calls[1] as unknown as [SendStepReminderCommand];
    expect(retried.metadata.commandId).toBe(command.metadata.commandId);
  });

  it('sends the escalation command of an escalation job', async () => {
    await processor.process(job('escalation', new Date()) as unknown as Job, 'token');
    expect(execute.mock.calls[0]).toEqual([expect.any(EscalateOverdueStepCommand)]);
  });

  it('delays again a job that arrives early (a due period past BullMQ’s delay cap), sending nothing', async () => {
    const at = new Date(Date.now() + 30 * 24 * 3600 * 1000);
    const early = job('escalation', at);
    await expect(processor.process(early as unknown as Job, 'token')).rejects.toBeInstanceOf(DelayedError);
    expect(early.moveToDelayed).toHaveBeenCalledWith(at.getTime(), 'token');
    expect(execute).not.toHaveBeenCalled();
  });
});
