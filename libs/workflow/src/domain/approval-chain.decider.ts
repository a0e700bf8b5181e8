import { Command, Decider, unreachable } from '@jejak/eventstore';
import { DEFAULT_CHAINS, DOCUMENT_TYPES } from './approval-chain.defaults';
import { canonicalChain, chainProblems } from './approval-chain.rules';
import { InvalidApprovalChain } from './workflow.errors';
import { ApprovalChainDefined, ChainStep, DocumentType } from './workflow.events';
import { sameJson } from './same-json';

export type DefineApprovalChainData = ApprovalChainDefined['data'];
export type DefineApprovalChain = Command<'DefineApprovalChain', DefineApprovalChainData>;
export type ApprovalChainCommand = DefineApprovalChain;
export type ApprovalChainEvent = ApprovalChainDefined;

/** The chains the tenant defined, by document type; the defaults stand for the others. */
export interface ApprovalChainsState {
  readonly defined: Readonly<Partial<Record<DocumentType, readonly ChainStep[]>>>;
}

export const initialState = (): ApprovalChainsState => ({ defined: {} });

/** A tenant administrator sets a document type's chain; the same chain again records nothing. */
export function define(command: DefineApprovalChain, state: ApprovalChainsState): ApprovalChainEvent[] {
  const { documentType } = command.data;
  if (!DOCUMENT_TYPES.includes(documentType))
    throw new InvalidApprovalChain([
      { path: 'documentType', message: `must be one of ${DOCUMENT_TYPES.join(', ')}` },
    ]);
  const problems = chainProblems(command.data.steps);
  if (problems.length > 0) throw new InvalidApprovalChain(problems);
  const steps = canonicalChain(command.data.steps);
  if (sameJson(state.defined[documentType], steps)) return [];
  return [{ type: 'ApprovalChainDefined', data: { documentType, steps } }];
}

export function decide(command: ApprovalChainCommand, state: ApprovalChainsState): ApprovalChainEvent[] {
  switch (command.type) {
    case 'DefineApprovalChain':
      return define(command, state);
    default:
      return unreachable(command.type, 'approval chain command');
  }
}

export function evolve(state: ApprovalChainsState, event: ApprovalChainEvent): ApprovalChainsState {
  switch (event.type) {
    case 'ApprovalChainDefined':
      return { defined: { ...state.defined, [event.data.documentType]: event.data.steps } };
    default:
      return unreachable(event.type, 'approval chain event');
  }
}

export const approvalChainDecider: Decider<ApprovalChainsState, ApprovalChainCommand, ApprovalChainEvent> = {
  decide,
  evolve,
  initialState,
};

export interface ApprovalChainView {
  readonly documentType: DocumentType;
  readonly steps: readonly ChainStep[];
  /** False: the tenant defined none, and the default that follows the seeds applies. */
  readonly defined: boolean;
}

/** The chain a submission of `documentType` copies in now. */
export function chainFor(state: ApprovalChainsState, documentType: DocumentType): readonly ChainStep[] {
  return state.defined[documentType] ?? DEFAULT_CHAINS[documentType];
}

export const approvalChains = (state: ApprovalChainsState): ApprovalChainView[] =>
  DOCUMENT_TYPES.map((documentType) => ({
    documentType,
    steps: chainFor(state, documentType),
    defined: state.defined[documentType] !== undefined,
  }));
