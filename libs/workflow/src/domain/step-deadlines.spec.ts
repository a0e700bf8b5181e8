import { deciderSpec } from '@jejak/testing';
import { workflowDecider } from './workflow.decider';
import { WorkflowEvent } from './workflow.events';
import { ELIGIBLE, actor, kabid, metadataAt, realizationOpened } from './workflow.fixtures';

// A deadline job carries the step and round it was scheduled for: once the instance moved on, it
// is stale and records nothing; run twice, it records once.
const spec = deciderSpec(workflowDecider);
const meta = metadataAt('2024-04-07T02:00:00.000Z');
const dueAt = '2024-04-08T02:00:00.000Z';
const remind = (step: number, round: number) => ({
  type: 'RecordStepReminder' as const,
  data: { step, round, dueAt, posts: ELIGIBLE.verify },
  metadata: meta,
});
const escalate = (step: number, round: number) => ({
  type: 'EscalateStep' as const,
  data: { step, round, dueAt, to: ['kepala-bkpsdm'] },
  metadata: meta,
});
const reminded: WorkflowEvent = { type: 'StepReminderSent', data: remind(0, 1).data };
const verified: WorkflowEvent = {
  type: 'StepApproved',
  data: { step: 0, by: actor(kabid, 'kabid-mutasi'), note: null },
};

describe('a reminder of a waiting step', () => {
  it('is recorded for the step and round waiting', () => {
    spec.given([realizationOpened]).when(remind(0, 1)).then([reminded]);
  });

  it('is recorded once per round', () => {
    spec.given([realizationOpened, reminded]).when(remind(0, 1)).thenNothing();
  });

  it('records nothing once the step was approved (a stale job)', () => {
    spec.given([realizationOpened, verified]).when(remind(0, 1)).thenNothing();
  });
});

describe('an escalation of an overdue step', () => {
  it('is recorded for the step and round waiting, to the superior post', () => {
    spec
      .given([realizationOpened, reminded])
      .when(escalate(0, 1))
      .then([{ type: 'StepEscalated', data: escalate(0, 1).data }]);
  });

  it('records nothing for an older round', () => {
    spec.given([realizationOpened, verified]).when(escalate(1, 1)).thenNothing();
  });
});
