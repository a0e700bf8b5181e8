import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { CreateUnit, CreateUnitData } from '../domain/agency.decider';

export interface CreateUnitResult {
  readonly tenant: string;
  readonly agency: string;
  readonly unit: string;
  /** The agency stream's revision after the command: the ETag to send back as `If-Match`. */
  readonly revision: number;
  /** False when the unit already existed exactly so: nothing was appended. */
  readonly recorded: boolean;
}

/** The one definition of the command: sent on Nest's CommandBus and given to the decider in specs. */
export class CreateUnitCommand extends Command<CreateUnitResult> implements CreateUnit {
  readonly type = 'CreateUnit' as const;

  constructor(
    readonly data: CreateUnitData,
    readonly metadata: CommandMetadata,
    /** The agency revision the client saw (`If-Match`); omitted, none is required. */
    readonly expectedRevision?: number,
  ) {
    super();
  }
}
