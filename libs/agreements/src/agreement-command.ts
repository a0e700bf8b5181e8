import { EventStore, handleCommand } from '@jejak/eventstore';
import { AgreementResult, agreementResult } from './agreement-result';
import { AgreementCommand, agreementDecider } from './domain/agreement.decider';
import { agreementStream } from './domain/agreement.events';

/** Load–fold–decide–append on the command's agreement stream, against the revision the client saw. */
export async function runAgreementCommand(
  store: EventStore,
  command: AgreementCommand & { readonly expectedRevision?: number },
): Promise<AgreementResult> {
  const tenant = command.metadata.tenantId;
  const { agency, fiscalYear, party } = command.data;
  const result = await handleCommand(store, {
    stream: agreementStream(tenant, agency, fiscalYear, party),
    decider: agreementDecider,
    command,
    expectedRevision: command.expectedRevision,
  });
  return agreementResult(tenant, command.data, result);
}
