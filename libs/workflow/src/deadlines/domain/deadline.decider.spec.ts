import { deciderSpec } from '@jejak/testing';
import { WorkflowEvent } from '../../domain/workflow.events';
import {
  ELIGIBLE,
  MUTASI,
  actor,
  kabid,
  metadataAt,
  realizationOpened,
  sekretaris,
  staf,
} from '../../domain/workflow.fixtures';
import {
  DeadlineJobData,
  EscalateOverdueStep,
  SendStepReminder,
  StepNotYetDue,
  deadlineDecider,
} from './deadline.decider';
import { DirectoryPost } from './step-posts';

// BKPSDM Kota Dumai (fixtures/kota-dumai-bkpsdm-2024.json): a Kepala Bidang answers to the Kepala
// Badan, as the Sekretaris does; the realization chain is kepala bidang → sekretaris (3 days each).
const directory: DirectoryPost[] = [
  { post: 'kepala-bkpsdm', agency: 'bkpsdm', unit: null, role: 'head-of-agency', superior: null },
  {
    post: 'sekretaris-bkpsdm',
    agency: 'bkpsdm',
    unit: 'sekretariat',
    role: 'secretary',
    superior: 'kepala-bkpsdm',
  },
  { post: 'kabid-mutasi', agency: 'bkpsdm', unit: MUTASI, role: 'head-of-unit', superior: 'kepala-bkpsdm' },
  { post: 'staf-mutasi', agency: 'bkpsdm', unit: MUTASI, role: 'staff', superior: 'kabid-mutasi' },
];
const spec = deciderSpec(deadlineDecider(directory));

// Submitted 2024-04-05 02:00Z: the verification step is due 3 days later, reminded after 2¼ days.
const dueAt = '2024-04-08T02:00:00.000Z';
const beforeDue = metadataAt('2024-04-07T08:00:00.000Z');
const afterDue = metadataAt('2024-04-08T02:00:05.000Z');
const job = (step: number, round: number): DeadlineJobData => ({
  workflowId: 'wf-realisasi-q1',
  step,
  round,
  dueAt,
});
const remind = (step: number, round: number, metadata = beforeDue): SendStepReminder => ({
  type: 'SendStepReminder',
  data: job(step, round),
  metadata,
});
const escalate = (step: number, round: number, metadata = afterDue): EscalateOverdueStep => ({
  type: 'EscalateOverdueStep',
  data: job(step, round),
  metadata,
});

const verified: WorkflowEvent = {
  type: 'StepApproved',
  data: { step: 0, by: actor(kabid, 'kabid-mutasi'), note: null },
};
const consolidated: WorkflowEvent = {
  type: 'StepApproved',
  data: { step: 1, by: actor(sekretaris, 'sekretaris-bkpsdm'), note: null },
};
const approved: WorkflowEvent = {
  type: 'SubmissionApproved',
  data: { change: realizationOpened.data.change },
};
const returned: WorkflowEvent = {
  type: 'SubmissionReturned',
  data: {
    step: 0,
    to: 'drafter',
    toStep: null,
    by: actor(kabid, 'kabid-mutasi'),
    note: 'Lampirkan bukti dukung',
  },
};
const resubmitted: WorkflowEvent = {
  type: 'SubmissionResubmitted',
  data: { by: actor(staf, 'staf-mutasi'), change: realizationOpened.data.change, note: null },
};
const reminded = (step: number, round: number, posts: string[]): WorkflowEvent => ({
  type: 'StepReminderSent',
  data: { step, round, dueAt, posts },
});
const escalated = (step: number, round: number, to: string[]): WorkflowEvent => ({
  type: 'StepEscalated',
  data: { step, round, dueAt, to },
});

describe('the reminder of a step still waiting in its round', () => {
  it("goes to the posts the step's role resolves to in the submitting unit", () => {
    spec
      .given([realizationOpened])
      .when(remind(0, 1))
      .then([reminded(0, 1, ELIGIBLE.verify)]);
  });

  it('goes to the agency-wide role of a later step', () => {
    spec
      .given([realizationOpened, verified])
      .when(remind(1, 2))
      .then([reminded(1, 2, ELIGIBLE.consolidate)]);
  });

  it('is recorded once per round, however often the job runs', () => {
    spec
      .given([realizationOpened, reminded(0, 1, ELIGIBLE.verify)])
      .when(remind(0, 1))
      .thenNothing();
  });
});

describe('a stale reminder job', () => {
  it('records nothing once the step was approved (round 1 is over)', () => {
    spec.given([realizationOpened, verified]).when(remind(0, 1)).thenNothing();
  });

  it('records nothing for an approved submission: an approved item gets no reminder', () => {
    spec.given([realizationOpened, verified, consolidated, approved]).when(remind(1, 2)).thenNothing();
  });

  it("records nothing for the first round's job after a return and resubmission, but the new round is reminded", () => {
    const history = [realizationOpened, returned, resubmitted];
    spec.given(history).when(remind(0, 1)).thenNothing();
    spec
      .given(history)
      .when(remind(0, 3))
      .then([reminded(0, 3, ELIGIBLE.verify)]);
  });

  it('records nothing while the submission waits on its drafter', () => {
    spec.given([realizationOpened, returned]).when(remind(0, 2)).thenNothing();
  });
});

describe('the escalation of an overdue step', () => {
  it('goes to the superior post of the step’s posts: the kepala bidang’s is the kepala badan', () => {
    spec
      .given([realizationOpened])
      .when(escalate(0, 1))
      .then([escalated(0, 1, ['kepala-bkpsdm'])]);
  });

  it('is recorded once per round', () => {
    spec
      .given([realizationOpened, escalated(0, 1, ['kepala-bkpsdm'])])
      .when(escalate(0, 1))
      .thenNothing();
  });

  it('is refused before the due time, so the job is retried later', () => {
    spec
      .given([realizationOpened])
      .when(escalate(0, 1, beforeDue))
      .thenThrows(StepNotYetDue, 'WORKFLOW.STEP_NOT_YET_DUE');
  });

  it('records nothing once the step was approved, even early (a stale job is never retried)', () => {
    spec
      .given([realizationOpened, verified])
      .when(escalate(0, 1, beforeDue))
      .thenNothing();
  });

  it('records nothing for an approved submission', () => {
    spec.given([realizationOpened, verified, consolidated, approved]).when(escalate(1, 2)).thenNothing();
  });

  it('records nothing when the step’s posts answer to no post (the top of the agency)', () => {
    const top = deciderSpec(deadlineDecider(directory.map((post) => ({ ...post, superior: null }))));
    top.given([realizationOpened]).when(escalate(0, 1)).thenNothing();
  });
});

describe('a job of a workflow never opened', () => {
  it('records nothing', () => {
    spec.given([]).when(remind(0, 1)).thenNothing();
    spec.given([]).when(escalate(0, 1)).thenNothing();
  });
});
