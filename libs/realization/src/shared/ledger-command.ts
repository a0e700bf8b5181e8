import { EventStore, handleCommand } from '@jejak/eventstore';
import { RealizationCommand, realizationDecider } from '../domain/realization.decider';
import { realizationStream } from '../domain/realization.events';
import { assertAgencyExists } from './known-agency';

export interface LedgerCommandResult {
  readonly tenant: string;
  readonly agency: string;
  readonly fiscalYear: number;
  /** The ledger stream's revision after the command: the ETag to send back as `If-Match`. */
  readonly revision: number;
  /** False when the command repeated what the ledger already holds: nothing was appended. */
  readonly recorded: boolean;
}

/** What every ledger command carries besides data and metadata: the revision the client saw. */
export interface LedgerCommandOptions {
  readonly expectedRevision?: number;
}

/** The one path of the four ledger commands: the agency must exist, then load–fold–decide–append. */
export async function runLedgerCommand(
  store: EventStore,
  command: RealizationCommand & LedgerCommandOptions,
): Promise<LedgerCommandResult> {
  const { tenantId, agency, fiscalYear } = command.data;
  await assertAgencyExists(store, tenantId, agency);
  const stream = realizationStream(tenantId, agency, fiscalYear);
  const { expectedRevision } = command;
  const result = await handleCommand(store, {
    stream,
    decider: realizationDecider,
    command,
    expectedRevision,
  });
  return {
    tenant: tenantId,
    agency,
    fiscalYear,
    revision: result.nextExpectedRevision,
    recorded: result.events.length > 0,
  };
}
