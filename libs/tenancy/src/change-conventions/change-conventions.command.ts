import { CommandMetadata } from '@jejak/eventstore';
import { Conventions } from '@jejak/measurement';
import { Command } from '@nestjs/cqrs';
import { ChangeConventions, ChangeConventionsData } from '../domain/conventions.decider';

export interface ChangeConventionsResult {
  readonly tenant: string;
  /** The version in force from `fromFiscalYear` on after the command (new, or the identical one). */
  readonly version: number;
  readonly fromFiscalYear: number;
  readonly conventions: Conventions;
  /** The conventions stream's revision after the command: the ETag to send back as `If-Match`. */
  readonly revision: number;
  /** False when that year's version already said exactly this: nothing was appended. */
  readonly recorded: boolean;
}

/** The one definition of the command: sent on Nest's CommandBus and given to the decider in specs. */
export class ChangeConventionsCommand extends Command<ChangeConventionsResult> implements ChangeConventions {
  readonly type = 'ChangeConventions' as const;

  constructor(
    readonly data: ChangeConventionsData,
    readonly metadata: CommandMetadata,
    /** The conventions revision the client saw (`If-Match`); omitted, none is required. */
    readonly expectedRevision?: number,
  ) {
    super();
  }
}
