import type { Permission } from '@jejak/access';
import { Command, CommandMetadata, Decider, DomainEvent, EventStore, fold } from '@jejak/eventstore';
import type { Type } from '@nestjs/common';
import type { Command as NestCommand } from '@nestjs/cqrs';
import { DocumentType } from '../domain/workflow.events';

/** Where a change lands: its chain's roles are looked for there, and the proposer must act there. */
export interface ChangePlace {
  readonly agency: string;
  readonly unit: string | null;
}

/** A command of another context, as Nest's bus carries it and its decider takes it. */
export type TargetCommand = NestCommand<unknown> & Command;

/** The metadata of the i-th command applying a change, with what the change type adds (a date, a reason). */
export type ApplicationMetadata = (index: number, extra?: Partial<CommandMetadata>) => CommandMetadata;

/**
 * A kind of change that can travel for approval: another context's command, by name. The
 * workflow keeps its data as a draft until the last step approves it, then sends `commands`
 * on the CommandBus. A context makes one of its commands approvable by adding its change type
 * to the registry (`CHANGE_TYPES`, or `ChangeRegistry.register` from its module).
 */
export interface ChangeType<D = unknown> {
  /** `ProposedChange.command`: 'AmendAgreement', 'ReportRealizations'. */
  readonly command: string;
  /** The document types it travels under (an amendment is not a realization report). */
  readonly documentTypes: readonly DocumentType[];
  /** What the submitter must be allowed to do to propose it, where it lands. */
  readonly permission: Permission;
  /** The shape of `change.data` as submitted (class-validator); refused with 400 by field path. */
  readonly input: Type<object>;
  /** The validated input as the data the workflow keeps and applies (decimals as strings). */
  dataOf(input: object): D;
  placeOf(data: D): ChangePlace;
  /** The target context's commands that apply it, in order: re-applied, each appends nothing. */
  commands(tenant: string, data: D, metadata: ApplicationMetadata): TargetCommand[];
  /** Refuses now what the target's decider would refuse (a dry run on its stream): throws its DomainError. */
  dryRun(store: EventStore, commands: readonly TargetCommand[]): Promise<void>;
}

/**
 * Folds `stream` and decides `commands` in order, evolving between them, appending nothing: the
 * target's own rules judge the draft, as they will judge it when applied.
 */
export async function dryRunOn<S, C extends Command, E extends DomainEvent>(
  store: EventStore,
  stream: string,
  decider: Decider<S, C, E>,
  commands: readonly C[],
): Promise<void> {
  let state = fold(decider, await store.readStream(stream));
  for (const command of commands) state = decider.decide(command, state).reduce(decider.evolve, state);
}
