import { uuidV5 } from '@jejak/eventstore';
import { InterchangeDocument } from '@jejak/interchange';
import { ImportScope, ImportStep } from '../domain/import-step';
import { agreementSteps } from './agreement.steps';
import { evaluationSteps } from './evaluation.steps';
import { planningSteps } from './planning.steps';
import { realizationSteps } from './realization.steps';
import { tenancySteps } from './tenancy.steps';

export const importScope = (doc: InterchangeDocument): ImportScope => ({
  tenant: doc.tenant.code,
  agency: doc.agency.code,
  fiscalYear: doc.fiscalYear,
});

/**
 * The commands officials would have issued for the document, in the order they would have:
 * tenant, agency, units, conventions, the plan, the agreement, realizations, budget, and the last
 * LHE with the follow-up of its recommendations.
 */
export function importSteps(doc: InterchangeDocument): ImportStep[] {
  const scope = importScope(doc);
  return [
    ...tenancySteps(doc, scope),
    ...planningSteps(doc, scope),
    ...agreementSteps(doc, scope),
    ...realizationSteps(doc, scope),
    ...evaluationSteps(doc, scope),
  ];
}

/**
 * The id of a step's command: the same document against the same recorded state names the same
 * command, so a retried import appends the same event ids (a no-op). The stream's revision is
 * part of the name because event ids are derived from the command id and the event's index:
 * were it left out, a corrected document (or a stream changed since by officials) would produce
 * new events under ids already stored, and the store would take them for a retry and drop them.
 */
export function importCommandId(
  scope: ImportScope,
  step: Pick<ImportStep, 'key'>,
  streamRevision: number,
): string {
  return uuidV5(`import|${scope.tenant}|${scope.agency}|${scope.fiscalYear}|${step.key}@${streamRevision}`);
}
