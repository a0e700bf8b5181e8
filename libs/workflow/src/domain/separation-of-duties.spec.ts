import { deciderSpec } from '@jejak/testing';
import { DEFAULT_CHAINS } from './approval-chain.defaults';
import { workflowDecider } from './workflow.decider';
import { SecondStepBySamePerson, SelfApproval } from './workflow.errors';
import { WorkflowEvent } from './workflow.events';
import { WorkflowCaller } from './workflow.actors';
import { actor, caller, metadataAt, sekretarisPltKepala } from './workflow.fixtures';

// DOMAIN.md: "One person holding two posts in one chain must not approve their own submission (in
// one seed the Plt. Kepala was also the Sekretaris, and the PK had to be signed by a third official)."
const spec = deciderSpec(workflowDecider);
const meta = metadataAt('2024-09-24T02:00:00.000Z');
const approve = (c: WorkflowCaller, eligiblePosts: string[]) => ({
  type: 'ApproveStep' as const,
  data: { caller: c, eligiblePosts, note: null },
  metadata: meta,
});
const amendment = { command: 'AmendAgreement', data: { agency: 'bkpsdm', fiscalYear: 2024 } };
const perencana = caller('acc-perencana', [{ post: 'perencana-bkpsdm' }]);
const kepala = caller('acc-kepala', [{ post: 'kepala-bkpsdm' }]);

const opened = (
  by: WorkflowCaller,
  post: string,
  chain = DEFAULT_CHAINS['agreement-amendment'],
): WorkflowEvent => ({
  type: 'SubmissionOpened',
  data: {
    workflowId: 'wf-pk-perubahan-2024',
    documentType: 'agreement-amendment',
    agency: 'bkpsdm',
    unit: null,
    title: 'PK Perubahan 2024 BKPSDM',
    change: amendment,
    chain,
    submittedBy: actor(by, post),
    note: null,
  },
});

describe('separation of duties', () => {
  it('refuses the submitter approving their own submission through another post they hold', () => {
    spec
      .given([opened(sekretarisPltKepala, 'sekretaris-bkpsdm')])
      .when(approve(sekretarisPltKepala, ['kepala-bkpsdm']))
      .thenThrows(SelfApproval, 'WORKFLOW.SELF_APPROVAL');
  });

  it('leaves the approval to a third official', () => {
    spec
      .given([opened(sekretarisPltKepala, 'sekretaris-bkpsdm')])
      .when(approve(kepala, ['kepala-bkpsdm']))
      .then([
        { type: 'StepApproved', data: { step: 0, by: actor(kepala, 'kepala-bkpsdm'), note: null } },
        { type: 'SubmissionApproved', data: { change: amendment } },
      ]);
  });

  describe('in a chain sekretaris → kepala badan, submitted by the planner', () => {
    const chain = DEFAULT_CHAINS.lkjip.slice(0, 2);
    const verified: WorkflowEvent = {
      type: 'StepApproved',
      data: { step: 0, by: actor(sekretarisPltKepala, 'sekretaris-bkpsdm'), note: null },
    };

    it('refuses the Sekretaris who is also Plt. Kepala approving the second step', () => {
      spec
        .given([opened(perencana, 'perencana-bkpsdm', chain), verified])
        .when(approve(sekretarisPltKepala, ['kepala-bkpsdm']))
        .thenThrows(SecondStepBySamePerson, 'WORKFLOW.SECOND_STEP_BY_SAME_PERSON');
    });

    it('lets the same person approve the same step again after it came back to it', () => {
      const back: WorkflowEvent = {
        type: 'SubmissionReturned',
        data: {
          step: 1,
          to: 'previous',
          toStep: 0,
          by: actor(kepala, 'kepala-bkpsdm'),
          note: 'Periksa target',
        },
      };
      spec
        .given([opened(perencana, 'perencana-bkpsdm', chain), verified, back])
        .when(approve(sekretarisPltKepala, ['sekretaris-bkpsdm']))
        .then([
          {
            type: 'StepApproved',
            data: { step: 0, by: actor(sekretarisPltKepala, 'sekretaris-bkpsdm'), note: null },
          },
        ]);
    });

    it('compares the person, not the post: another Plt. Kepala may approve the second step', () => {
      const other = caller('acc-plh-kepala', [{ post: 'kepala-bkpsdm', acting: true }]);
      spec
        .given([opened(perencana, 'perencana-bkpsdm', chain), verified])
        .when(approve(other, ['kepala-bkpsdm']))
        .then([
          { type: 'StepApproved', data: { step: 1, by: actor(other, 'kepala-bkpsdm', true), note: null } },
          { type: 'SubmissionApproved', data: { change: amendment } },
        ]);
    });
  });
});
