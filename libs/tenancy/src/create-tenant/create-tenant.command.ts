import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { CreateTenant, CreateTenantData } from '../domain/tenant.decider';

export interface CreateTenantResult {
  readonly tenant: string;
  /** The tenant stream's revision after the command: the new resource's ETag. */
  readonly revision: number;
}

/** The one definition of the command: sent on Nest's CommandBus and given to the decider in specs. */
export class CreateTenantCommand extends Command<CreateTenantResult> implements CreateTenant {
  readonly type = 'CreateTenant' as const;

  constructor(
    readonly data: CreateTenantData,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
