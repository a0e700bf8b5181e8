import { Actor } from '@jejak/database';
import { CommandMetadata, DomainError, revisionOf } from '@jejak/eventstore';
import { ImportScope, ImportStep } from '../domain/import-step';
import { ImportProblem } from '../domain/import.errors';
import { importCommandId } from '../steps/import-steps';
import { StagingEventStore } from '../staging/staging-event-store';

/** Who imports, and under which correlation id the import's events are grouped. */
export interface ImportRun {
  readonly scope: ImportScope;
  readonly actor: Actor;
  readonly correlationId: string;
  readonly now: Date;
}

async function metadataFor(
  step: ImportStep,
  run: ImportRun,
  store: StagingEventStore,
): Promise<CommandMetadata> {
  const revision = revisionOf(await store.readStream(step.stream));
  return {
    tenantId: run.scope.tenant,
    now: run.now,
    actor: run.actor,
    correlationId: run.correlationId,
    commandId: importCommandId(run.scope, step, revision),
    occurredAt: step.occurredAt,
    source: 'import',
  };
}

/** A refusal of a context's rule as a problem of the document: where it came from, and which command. */
function problemOf(step: ImportStep, error: DomainError): ImportProblem {
  const field = error.fields[0];
  return {
    path: field === undefined ? step.path : step.pathOf(field),
    message: error.message,
    code: error.code,
    command: step.command,
    step: step.key,
  };
}

/**
 * Sends every step's command to the staging store, in order, and lists the refusals. A step
 * whose required step was refused (or skipped) is skipped: its refusal would only echo the first.
 * Anything but a refusal of the domain (the database down, a bug) is not the document's problem
 * and is thrown.
 */
export async function dryRun(
  steps: readonly ImportStep[],
  run: ImportRun,
  store: StagingEventStore,
): Promise<ImportProblem[]> {
  const problems: ImportProblem[] = [];
  const failed = new Set<string>();
  for (const step of steps) {
    if (step.requires.some((key) => failed.has(key))) {
      failed.add(step.key);
      continue;
    }
    try {
      await step.send(store, await metadataFor(step, run, store));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      failed.add(step.key);
      problems.push(problemOf(step, error));
    }
  }
  return problems;
}
