import { RecordedOf } from '@jejak/projections';
import { recordedEvent } from '@jejak/testing';
import { ChainStep, WorkflowEvent } from '../../domain/workflow.events';
import { actor, kabid, realizationOpened, sekretaris } from '../../domain/workflow.fixtures';
import { TrackedWorkflow, trackWorkflow } from '../domain/workflow-position';
import { PositionEvent, deadlineJobs } from './workflow-deadlines.projection';

const stream = 'kota-dumai/workflow-wf-realisasi-q1';

const recorded = (event: WorkflowEvent, streamPosition: number, occurredAt: string) =>
  recordedEvent(event as PositionEvent, {
    tenantId: 'kota-dumai',
    stream,
    streamPosition,
    recordedAt: new Date(occurredAt),
    occurredAt: new Date(occurredAt),
    prepare: BigInt(streamPosition),
    metadata: { occurredAt },
  });

// The default realization chain: 3 days per step (approval-chain.defaults.ts).
const opened = recorded(realizationOpened, 0, '2024-04-05T02:00:00.000Z');
const verified = recorded(
  { type: 'StepApproved', data: { step: 0, by: actor(kabid, 'kabid-mutasi'), note: null } },
  1,
  '2024-04-06T02:00:00.000Z',
);
const consolidated = recorded(
  { type: 'StepApproved', data: { step: 1, by: actor(sekretaris, 'sekretaris-bkpsdm'), note: null } },
  2,
  '2024-04-06T03:00:00.000Z',
);
const now = new Date('2024-04-05T02:00:01.000Z');

function replay(events: RecordedOf<PositionEvent>[]): TrackedWorkflow | null {
  return events.reduce<TrackedWorkflow | null>((row, event) => trackWorkflow(row, event), null);
}

describe('the deadlines of a submission', () => {
  it('are scheduled when it enters its first step: a reminder with a quarter left, an escalation at the due time', () => {
    const row = trackWorkflow(null, opened);
    expect(row).toMatchObject({
      workflowId: 'wf-realisasi-q1',
      revision: 0,
      dueAt: new Date('2024-04-08T02:00:00.000Z'),
    });
    const payload = { workflowId: 'wf-realisasi-q1', step: 0, round: 1, dueAt: '2024-04-08T02:00:00.000Z' };
    expect(deadlineJobs(null, row, now)).toEqual([
      {
        queue: 'reminders',
        name: 'reminder',
        jobId: 'workflow-deadline.kota-dumai.wf-realisasi-q1.1.reminder',
        payload: { ...payload, at: '2024-04-07T08:00:00.000Z' },
        delayMs: (2 * 24 + 6) * 3600 * 1000 - 1000,
      },
      {
        queue: 'reminders',
        name: 'escalation',
        jobId: 'workflow-deadline.kota-dumai.wf-realisasi-q1.1.escalation',
        payload: { ...payload, at: '2024-04-08T02:00:00.000Z' },
        delayMs: 3 * 24 * 3600 * 1000 - 1000,
      },
    ]);
  });

  it('are scheduled again, in a new round, for the next step', () => {
    const before = replay([opened]);
    const after = trackWorkflow(before, verified);
    const jobs = deadlineJobs(before, after, new Date('2024-04-06T02:00:00.000Z'));
    expect(jobs.map((job) => [job.jobId, job.delayMs])).toEqual([
      ['workflow-deadline.kota-dumai.wf-realisasi-q1.2.reminder', (2 * 24 + 6) * 3600 * 1000],
      ['workflow-deadline.kota-dumai.wf-realisasi-q1.2.escalation', 3 * 24 * 3600 * 1000],
    ]);
  });

  it('are not scheduled when the last step approves, nor cancelled: the jobs find the step left', () => {
    const before = replay([opened, verified]);
    const after = trackWorkflow(before, consolidated);
    expect(deadlineJobs(before, after, now)).toEqual([]);
  });

  it('are not scheduled for a step without a due period', () => {
    const chain: ChainStep[] = realizationOpened.data.chain.map((step) => ({ ...step, dueInSeconds: null }));
    const undue = recorded(
      { ...realizationOpened, data: { ...realizationOpened.data, chain } },
      0,
      opened.metadata.occurredAt!,
    );
    const row = trackWorkflow(null, undue);
    expect(row.dueAt).toBeNull();
    expect(deadlineJobs(null, row, now)).toEqual([]);
  });

  it('run at once when already late (a rebuild, a worker that was down)', () => {
    const row = trackWorkflow(null, opened);
    const late = deadlineJobs(null, row, new Date('2024-05-01T00:00:00.000Z'));
    expect(late.map((job) => job.delayMs)).toEqual([0, 0]);
  });

  it('change nothing when an event is replayed', () => {
    const row = replay([opened, verified]);
    expect(trackWorkflow(row, verified)).toBe(row);
  });

  it('keep the state without the proposed change', () => {
    expect(trackWorkflow(null, opened).state.submission?.change).toEqual({
      command: 'ReportRealizations',
      data: null,
    });
  });
});
