import { EventStore, handleCommand } from '@jejak/eventstore';
import { RenstraCommand } from '../domain/renstra.commands';
import { renstraDecider } from '../domain/renstra.decider';
import { renstraStream } from '../domain/planning.events';
import { formatPeriod } from '../domain/renstra-period';

export interface RenstraCommandResult {
  readonly tenant: string;
  readonly agency: string;
  /** `2021-2026`, as in the URL. */
  readonly period: string;
  /** The Renstra stream's revision after the command: the ETag. */
  readonly revision: number;
  /** Events the command appended; 0 when it repeated what is recorded. */
  readonly appended: number;
}

/** A command on a Renstra stream, with the revision the client saw (If-Match), if any. */
export type RenstraCommandWithRevision = RenstraCommand & { readonly expectedRevision?: number };

/** What every planning handler does: load, fold, decide, append on the command's Renstra stream. */
export async function executeRenstraCommand(
  store: EventStore,
  command: RenstraCommandWithRevision,
): Promise<RenstraCommandResult> {
  const { agency, period } = command.data;
  const tenant = command.metadata.tenantId;
  const result = await handleCommand(store, {
    stream: renstraStream(tenant, agency, period.from, period.to),
    decider: renstraDecider,
    command,
    expectedRevision: command.expectedRevision,
  });
  return {
    tenant,
    agency,
    period: formatPeriod(period),
    revision: result.nextExpectedRevision,
    appended: result.events.length,
  };
}
