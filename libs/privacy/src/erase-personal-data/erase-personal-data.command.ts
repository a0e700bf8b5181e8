import { CommandMetadata } from '@jejak/eventstore';
import { Command } from '@nestjs/cqrs';
import { ErasePersonalData, ErasePersonalDataData } from '../domain/privacy.decider';

export interface ErasureResult {
  readonly tenant: string;
  readonly person: string;
  /** When the key was nulled (ISO). */
  readonly erasedAt: string;
  /** The `{tenant}/privacy` stream's revision after the command. */
  readonly revision: number;
  /** False when the person was erased already: nothing appended. */
  readonly recorded: boolean;
}

/** The one definition of the command: sent on Nest's CommandBus and given to the decider in specs. */
export class ErasePersonalDataCommand extends Command<ErasureResult> implements ErasePersonalData {
  readonly type = 'ErasePersonalData' as const;

  constructor(
    readonly data: ErasePersonalDataData,
    readonly metadata: CommandMetadata,
  ) {
    super();
  }
}
