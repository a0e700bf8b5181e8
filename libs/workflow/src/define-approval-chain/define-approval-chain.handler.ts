import { EVENT_STORE, EventStore, fold, handleCommand } from '@jejak/eventstore';
import { assertTenantExists, tenantDecider, tenantStream } from '@jejak/tenancy';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { approvalChainDecider } from '../domain/approval-chain.decider';
import { approvalChainsStream } from '../domain/workflow.events';
import { DefineApprovalChainCommand, DefineApprovalChainResult } from './define-approval-chain.command';

@CommandHandler(DefineApprovalChainCommand)
export class DefineApprovalChainHandler implements ICommandHandler<DefineApprovalChainCommand> {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async execute(command: DefineApprovalChainCommand): Promise<DefineApprovalChainResult> {
    const tenant = command.metadata.tenantId;
    assertTenantExists(fold(tenantDecider, await this.store.readStream(tenantStream(tenant))), tenant);
    const result = await handleCommand(this.store, {
      stream: approvalChainsStream(tenant),
      decider: approvalChainDecider,
      command,
      expectedRevision: command.expectedRevision,
    });
    return {
      tenant,
      documentType: command.data.documentType,
      revision: result.nextExpectedRevision,
      recorded: result.events.length > 0,
    };
  }
}
