import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { DefineApprovalChain, DefineApprovalChainData } from '../domain/approval-chain.decider';

export interface DefineApprovalChainResult {
  readonly tenant: string;
  readonly documentType: string;
  /** The approval-chains stream's revision after the command: the ETag. */
  readonly revision: number;
  /** False when the chain was already so: nothing appended. */
  readonly recorded: boolean;
}

export class DefineApprovalChainCommand
  extends Command<DefineApprovalChainResult>
  implements DefineApprovalChain
{
  readonly type = 'DefineApprovalChain' as const;

  constructor(
    readonly data: DefineApprovalChainData,
    readonly metadata: CommandMetadata,
    /** The revision the client saw (`If-Match`); a stale one is a 409. */
    readonly expectedRevision?: number,
  ) {
    super();
  }
}
