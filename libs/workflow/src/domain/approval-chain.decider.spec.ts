import { deciderSpec, specMetadata } from '@jejak/testing';
import { approvalChainDecider, approvalChains, chainFor } from './approval-chain.decider';
import { DEFAULT_CHAINS } from './approval-chain.defaults';
import { InvalidApprovalChain } from './workflow.errors';
import { ApprovalChainDefined, ChainStep, DocumentType } from './workflow.events';

const spec = deciderSpec(approvalChainDecider);
const define = (documentType: DocumentType, steps: ChainStep[]) => ({
  type: 'DefineApprovalChain' as const,
  data: { documentType, steps },
  metadata: specMetadata(),
});
const kasubbag: ChainStep = {
  name: 'Verifikasi Kasubbag Umum',
  assignees: [{ posts: ['kasubbag-umum'] }],
  dueInSeconds: 86400,
};
const sekretaris: ChainStep = {
  name: 'Verifikasi sekretaris',
  assignees: [{ role: 'secretary', scope: 'agency' }],
  dueInSeconds: null,
};
const defined: ApprovalChainDefined = {
  type: 'ApprovalChainDefined',
  data: { documentType: 'realization', steps: [kasubbag, sekretaris] },
};
const problemPaths = (steps: ChainStep[]): string[] => {
  try {
    approvalChainDecider.decide(define('realization', steps), approvalChainDecider.initialState());
  } catch (error) {
    return [...(error as InvalidApprovalChain).fields];
  }
  return [];
};

describe("a tenant's approval chain", () => {
  it('is defined per document type, naming posts or roles', () => {
    spec
      .given([])
      .when(define('realization', [kasubbag, sekretaris]))
      .then([defined]);
  });

  it('records nothing when defined again as it is', () => {
    spec
      .given([defined])
      .when(define('realization', [kasubbag, { ...sekretaris, name: ' Verifikasi sekretaris ' }]))
      .thenNothing();
  });

  it('takes a role without scope as the agency-wide role', () => {
    const unscoped = { ...sekretaris, assignees: [{ role: 'secretary' }] };
    spec
      .given([])
      .when(define('realization', [unscoped]))
      .then([{ type: 'ApprovalChainDefined', data: { documentType: 'realization', steps: [sekretaris] } }]);
  });

  it('has at least one step', () => {
    spec.given([]).when(define('realization', [])).thenThrows(InvalidApprovalChain, 'WORKFLOW.INVALID_CHAIN');
    expect(problemPaths([])).toEqual(['steps']);
  });

  it('names at least one assignee per step', () => {
    expect(problemPaths([kasubbag, { ...sekretaris, assignees: [] }])).toEqual(['steps[1].assignees']);
  });

  it('refuses an assignee naming neither posts nor a role, and a role that is none', () => {
    const step = {
      ...sekretaris,
      assignees: [{}, { role: 'bupati' }, { posts: ['x'], scope: 'unit' as const }],
    };
    expect(problemPaths([step])).toEqual([
      'steps[0].assignees[0]',
      'steps[0].assignees[1].role',
      'steps[0].assignees[2].scope',
    ]);
  });

  it('gives each step a due period of a second or more, or none', () => {
    expect(
      problemPaths([
        { ...kasubbag, dueInSeconds: 0 },
        { ...kasubbag, dueInSeconds: 1.5 },
      ]),
    ).toEqual(['steps[0].dueInSeconds', 'steps[1].dueInSeconds']);
  });
});

describe('the chain a submission copies in', () => {
  it('is the default that follows the seeds while the tenant defined none', () => {
    const state = approvalChainDecider.initialState();
    expect(chainFor(state, 'realization').map((s) => s.assignees)).toEqual([
      [{ role: 'head-of-unit', scope: 'unit' }],
      [{ role: 'secretary', scope: 'agency' }],
    ]);
    expect(chainFor(state, 'agreement-amendment').map((s) => s.assignees)).toEqual([
      [{ role: 'head-of-agency', scope: 'agency' }],
    ]);
    expect(chainFor(state, 'lkjip').map((s) => s.assignees[0].role)).toEqual([
      'secretary',
      'head-of-agency',
      'inspectorate',
    ]);
    expect(chainFor(state, 'follow-up').map((s) => s.assignees[0].role)).toEqual([
      'secretary',
      'inspectorate',
    ]);
  });

  it("is the tenant's once defined, the others still the defaults", () => {
    const state = approvalChainDecider.evolve(approvalChainDecider.initialState(), defined);
    expect(chainFor(state, 'realization')).toEqual([kasubbag, sekretaris]);
    expect(approvalChains(state).map((c) => [c.documentType, c.defined])).toEqual([
      ['realization', true],
      ['agreement', false],
      ['agreement-amendment', false],
      ['follow-up', false],
      ['lkjip', false],
    ]);
    expect(approvalChains(state)[1].steps).toEqual(DEFAULT_CHAINS.agreement);
  });
});
