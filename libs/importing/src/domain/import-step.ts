import { CommandMetadata, EventStore } from '@jejak/eventstore';

/**
 * One command the import sends, as a step of a plan made from the document (pure), sent later
 * against a store (the staging store of the dry run). Steps run in order; a step whose required
 * step was refused is skipped, so one refusal is not echoed by everything that depends on it.
 */
export interface ImportStep {
  /** Stable within a document (`unit:sekretariat`, `agreement:amend:1`); part of the command id. */
  readonly key: string;
  /** The command type sent (`DefinePlanElements`), for problems. */
  readonly command: string;
  /** Where in the document the step comes from (`$.agency.units[0]`). */
  readonly path: string;
  /** The stream the command writes: its revision names the command (see `importCommandId`). */
  readonly stream: string;
  /** The document's date of the fact, as `occurredAt`; null when the document gives none. */
  readonly occurredAt: string | null;
  /** Keys of earlier steps this one needs. */
  readonly requires: readonly string[];
  /** Sends the command, built with `metadata`, to its context's decider through `store`. */
  readonly send: (store: EventStore, metadata: CommandMetadata) => Promise<void>;
  /** A refusal's field (a path into the command's data) as a path into the document. */
  readonly pathOf: (field: string) => string;
}

/** The document-wide facts every step's command carries. */
export interface ImportScope {
  readonly tenant: string;
  readonly agency: string;
  readonly fiscalYear: number;
}
