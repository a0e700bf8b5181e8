// Returning, rejecting, withdrawing and resubmitting a submission of the default realization chain.
import { deciderSpec } from '@jejak/testing';
import { RejectSubmission, ReturnSubmission, workflowDecider } from './workflow.decider';
import {
  ELIGIBLE,
  actor,
  kabid,
  metadataAt,
  q1Realization,
  realizationOpened,
  sekretaris,
  staf,
} from './workflow.fixtures';
import { WorkflowCaller } from './workflow.actors';
import {
  ChangeCommandChanged,
  NoteRequired,
  NotReturnedToDrafter,
  NotTheDrafter,
  NotYourStep,
  WorkflowFinished,
} from './workflow.errors';
import { WorkflowEvent } from './workflow.events';
import { evolve, initialState } from './workflow.state';

const spec = deciderSpec(workflowDecider);
const meta = metadataAt('2024-04-05T02:00:00.000Z');

const returnTo = (
  to: 'drafter' | 'previous',
  c: WorkflowCaller,
  posts: string[],
  note: string | null,
): ReturnSubmission => ({
  type: 'ReturnSubmission',
  data: { caller: c, eligiblePosts: posts, note, to },
  metadata: meta,
});
const reject = (c: WorkflowCaller, posts: string[], note: string | null): RejectSubmission => ({
  type: 'RejectSubmission',
  data: { caller: c, eligiblePosts: posts, note },
  metadata: meta,
});
const withdraw = (c: WorkflowCaller) => ({
  type: 'WithdrawSubmission' as const,
  data: { caller: c, note: null },
  metadata: meta,
});
const resubmit = (c: WorkflowCaller, change = q1Realization) => ({
  type: 'ResubmitSubmission' as const,
  data: { caller: c, change, note: 'Nilai diperbaiki' },
  metadata: meta,
});

const verifiedByKabid: WorkflowEvent = {
  type: 'StepApproved',
  data: { step: 0, by: actor(kabid, 'kabid-mutasi'), note: null },
};
const returnedToDrafter: WorkflowEvent = {
  type: 'SubmissionReturned',
  data: {
    step: 1,
    to: 'drafter',
    toStep: null,
    by: actor(sekretaris, 'sekretaris-bkpsdm'),
    note: 'Lampirkan bukti',
  },
};

describe('returning for revision', () => {
  it('to the drafter needs a note', () => {
    spec
      .given([realizationOpened, verifiedByKabid])
      .when(returnTo('drafter', sekretaris, ELIGIBLE.consolidate, '  '))
      .thenThrows(NoteRequired, 'WORKFLOW.NOTE_REQUIRED');
  });

  it('to the drafter leaves it returned, in a new round', () => {
    spec
      .given([realizationOpened, verifiedByKabid])
      .when(returnTo('drafter', sekretaris, ELIGIBLE.consolidate, 'Lampirkan bukti'))
      .then([returnedToDrafter]);
    const state = [realizationOpened, verifiedByKabid, returnedToDrafter].reduce(evolve, initialState());
    expect(state).toMatchObject({ status: 'returned', currentStep: null, round: 3 });
  });

  it('to the previous step puts it back on that step', () => {
    const returned: WorkflowEvent = {
      type: 'SubmissionReturned',
      data: {
        step: 1,
        to: 'previous',
        toStep: 0,
        by: actor(sekretaris, 'sekretaris-bkpsdm'),
        note: 'Cek ulang',
      },
    };
    spec
      .given([realizationOpened, verifiedByKabid])
      .when(returnTo('previous', sekretaris, ELIGIBLE.consolidate, 'Cek ulang'))
      .then([returned]);
    const state = [realizationOpened, verifiedByKabid, returned].reduce(evolve, initialState());
    expect(state).toMatchObject({ status: 'pending', currentStep: 0, round: 3 });
  });

  it('to the previous step from the first step goes back to the drafter', () => {
    spec
      .given([realizationOpened])
      .when(returnTo('previous', kabid, ELIGIBLE.verify, 'Nilai tidak sesuai bukti'))
      .then([
        {
          type: 'SubmissionReturned',
          data: {
            step: 0,
            to: 'previous',
            toStep: null,
            by: actor(kabid, 'kabid-mutasi'),
            note: 'Nilai tidak sesuai bukti',
          },
        },
      ]);
  });

  it("is the current step's to do", () => {
    spec
      .given([realizationOpened])
      .when(returnTo('drafter', sekretaris, ELIGIBLE.verify, 'x'))
      .thenThrows(NotYourStep);
  });
});

describe('rejecting', () => {
  it('needs a note', () => {
    spec
      .given([realizationOpened])
      .when(reject(kabid, ELIGIBLE.verify, null))
      .thenThrows(NoteRequired, 'WORKFLOW.NOTE_REQUIRED');
  });

  it('finishes the submission', () => {
    const rejected: WorkflowEvent = {
      type: 'SubmissionRejected',
      data: { step: 0, by: actor(kabid, 'kabid-mutasi'), note: 'Bukan indikator unit ini' },
    };
    spec
      .given([realizationOpened])
      .when(reject(kabid, ELIGIBLE.verify, 'Bukan indikator unit ini'))
      .then([rejected]);
    expect([realizationOpened, rejected].reduce(evolve, initialState())).toMatchObject({
      status: 'rejected',
      currentStep: null,
    });
  });
});

describe('withdrawing', () => {
  const withdrawn: WorkflowEvent = {
    type: 'SubmissionWithdrawn',
    data: { by: actor(staf, 'staf-mutasi'), note: null },
  };

  it("is the drafter's, while pending", () => {
    spec.given([realizationOpened]).when(withdraw(staf)).then([withdrawn]);
  });

  it("is the drafter's, while returned", () => {
    spec
      .given([realizationOpened, verifiedByKabid, returnedToDrafter])
      .when(withdraw(staf))
      .then([withdrawn]);
  });

  it('is refused to anyone else (403)', () => {
    spec
      .given([realizationOpened])
      .when(withdraw(kabid))
      .thenThrows(NotTheDrafter, 'WORKFLOW.NOT_THE_DRAFTER');
  });

  it('is refused once finished', () => {
    spec
      .given([realizationOpened, withdrawn])
      .when(withdraw(staf))
      .thenThrows(WorkflowFinished, 'WORKFLOW.FINISHED');
  });
});

describe('resubmitting', () => {
  const revised = {
    ...q1Realization,
    data: { ...(q1Realization.data as object), items: [{ indicator: 'S1.1', value: 66 }] },
  };

  it('after a return to the drafter starts again at the first step, with the revised proposal', () => {
    const resubmitted: WorkflowEvent = {
      type: 'SubmissionResubmitted',
      data: { by: actor(staf, 'staf-mutasi'), change: revised, note: 'Nilai diperbaiki' },
    };
    const given = [realizationOpened, verifiedByKabid, returnedToDrafter];
    spec.given(given).when(resubmit(staf, revised)).then([resubmitted]);
    const state = [...given, resubmitted].reduce(evolve, initialState());
    expect(state).toMatchObject({ status: 'pending', currentStep: 0, round: 4 });
    expect(state.submission?.change).toEqual(revised);
  });

  it("is the drafter's only", () => {
    spec
      .given([realizationOpened, verifiedByKabid, returnedToDrafter])
      .when(resubmit(kabid))
      .thenThrows(NotTheDrafter);
  });

  it('answers a return to the drafter only', () => {
    spec
      .given([realizationOpened])
      .when(resubmit(staf))
      .thenThrows(NotReturnedToDrafter, 'WORKFLOW.NOT_RETURNED');
  });

  it('keeps the kind of change', () => {
    const other = { command: 'AmendAgreement', data: {} };
    spec
      .given([realizationOpened, verifiedByKabid, returnedToDrafter])
      .when(resubmit(staf, other))
      .thenThrows(ChangeCommandChanged, 'WORKFLOW.CHANGE_COMMAND_CHANGED');
  });
});
