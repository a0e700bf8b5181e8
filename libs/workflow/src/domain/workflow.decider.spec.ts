import { deciderSpec } from '@jejak/testing';
import { ApproveStep, workflowDecider } from './workflow.decider';
import {
  ELIGIBLE,
  actor,
  kabid,
  metadataAt,
  pltKabid,
  q1Realization,
  realizationOpened,
  sekretaris,
} from './workflow.fixtures';
import { WorkflowCaller } from './workflow.actors';
import {
  InvalidApprovalChain,
  NotYourStep,
  WorkflowAlreadyOpened,
  WorkflowNotFound,
  WorkflowNotPending,
} from './workflow.errors';
import { WorkflowEvent } from './workflow.events';
import { evolve, initialState } from './workflow.state';

const spec = deciderSpec(workflowDecider);
const meta = metadataAt('2024-04-05T02:00:00.000Z');

const submit = (data = realizationOpened.data) => ({
  type: 'SubmitForApproval' as const,
  data,
  metadata: meta,
});
const approve = (c: WorkflowCaller, eligiblePosts: string[], note: string | null = null): ApproveStep => ({
  type: 'ApproveStep',
  data: { caller: c, eligiblePosts, note },
  metadata: meta,
});

const verifiedByKabid: WorkflowEvent = {
  type: 'StepApproved',
  data: { step: 0, by: actor(kabid, 'kabid-mutasi'), note: null },
};

describe('a submission', () => {
  it('opens with the chain copied in and the submitter as person, post and acting flag', () => {
    spec.given([]).when(submit()).then([realizationOpened]);
  });

  it('records nothing when the same submission is sent again', () => {
    spec.given([realizationOpened]).when(submit()).thenNothing();
  });

  it('refuses an id already opened with other contents', () => {
    const other = { ...realizationOpened.data, title: 'Realisasi TW II 2024' };
    spec
      .given([realizationOpened])
      .when(submit(other))
      .thenThrows(WorkflowAlreadyOpened, 'WORKFLOW.ALREADY_OPENED');
  });

  it('refuses a chain without a step', () => {
    const data = { ...realizationOpened.data, chain: [] };
    spec.given([]).when(submit(data)).thenThrows(InvalidApprovalChain, 'WORKFLOW.INVALID_CHAIN');
  });

  it('waits on its first step, in round 1', () => {
    const state = evolve(initialState(), realizationOpened);
    expect(state).toMatchObject({ status: 'pending', currentStep: 0, round: 1 });
  });

  it('cannot be acted on before it is submitted', () => {
    spec.given([]).when(approve(kabid, ELIGIBLE.verify)).thenThrows(WorkflowNotFound, 'WORKFLOW.NOT_FOUND');
  });
});

describe('approving a step', () => {
  it('is done through a post the current step waits for', () => {
    spec
      .given([realizationOpened])
      .when(approve(kabid, ELIGIBLE.verify, ' Sesuai '))
      .then([{ type: 'StepApproved', data: { step: 0, by: actor(kabid, 'kabid-mutasi'), note: 'Sesuai' } }]);
  });

  it('by a Plt. records the person, the post acted in and the acting flag', () => {
    spec
      .given([realizationOpened])
      .when(approve(pltKabid, ELIGIBLE.verify))
      .then([
        { type: 'StepApproved', data: { step: 0, by: actor(pltKabid, 'kabid-mutasi', true), note: null } },
      ]);
  });

  it('is refused to a caller holding no post of the current step (403)', () => {
    spec
      .given([realizationOpened])
      .when(approve(sekretaris, ELIGIBLE.verify))
      .thenThrows(NotYourStep, 'WORKFLOW.NOT_YOUR_STEP');
  });

  it('counts only the post the caller chose to act in (X-Jejak-Post)', () => {
    const inOtherPost = { ...pltKabid, post: 'kasubbag-umum' };
    spec.given([realizationOpened]).when(approve(inOtherPost, ELIGIBLE.verify)).thenThrows(NotYourStep);
  });

  it('at the last step approves the submission and carries the change to apply', () => {
    spec
      .given([realizationOpened, verifiedByKabid])
      .when(approve(sekretaris, ELIGIBLE.consolidate))
      .then([
        { type: 'StepApproved', data: { step: 1, by: actor(sekretaris, 'sekretaris-bkpsdm'), note: null } },
        { type: 'SubmissionApproved', data: { change: q1Realization } },
      ]);
  });

  it('moves the instance to the next step in a new round', () => {
    const state = [realizationOpened, verifiedByKabid].reduce(evolve, initialState());
    expect(state).toMatchObject({ status: 'pending', currentStep: 1, round: 2 });
  });

  it('is refused once the submission is approved', () => {
    const approved: WorkflowEvent[] = [
      realizationOpened,
      verifiedByKabid,
      { type: 'StepApproved', data: { step: 1, by: actor(sekretaris, 'sekretaris-bkpsdm'), note: null } },
      { type: 'SubmissionApproved', data: { change: q1Realization } },
    ];
    spec
      .given(approved)
      .when(approve(sekretaris, ELIGIBLE.consolidate))
      .thenThrows(WorkflowNotPending, 'WORKFLOW.NOT_PENDING');
  });
});

describe('a step entered at a recorded time', () => {
  it("is due after the step's period (3 days by default)", () => {
    const recorded = { ...realizationOpened, metadata: { occurredAt: '2024-04-05T02:00:00.000Z' } };
    expect(evolve(initialState(), recorded)).toMatchObject({
      stepEnteredAt: '2024-04-05T02:00:00.000Z',
      dueAt: '2024-04-08T02:00:00.000Z',
    });
  });
});
