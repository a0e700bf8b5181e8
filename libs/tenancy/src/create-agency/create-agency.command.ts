import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { CreateAgency, CreateAgencyData } from '../domain/agency.decider';

export interface CreateAgencyResult {
  readonly tenant: string;
  readonly agency: string;
  /** The agency stream's revision after the command: the new resource's ETag. */
  readonly revision: number;
}

/** The one definition of the command: sent on Nest's CommandBus and given to the decider in specs. */
export class CreateAgencyCommand extends Command<CreateAgencyResult> implements CreateAgency {
  readonly type = 'CreateAgency' as const;

  constructor(
    readonly data: CreateAgencyData,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
