import { unreachable } from '@jejak/eventstore';
import { Projection, RecordedOf, applyToRow } from '@jejak/projections';
import { EntityManager } from 'typeorm';
import {
  AgreementAmended,
  AgreementDrafted,
  AgreementEvent,
  AgreementSigned,
} from '../domain/agreement.events';
import { NO_CHANGES, budgetTotal } from '../domain/agreement.terms';
import { AgreementVersion, amendedVersion } from '../domain/agreement.versions';
import { AgreementVersionEntity } from './agreement-version.entity';

type Row = AgreementVersionEntity;

/** A row already at or past the event's stream position: the event is a replay, nothing changes. */
const alreadyApplied = (row: Row | null, event: RecordedOf<AgreementEvent>): boolean =>
  row !== null && row.revision >= event.streamPosition;

const stamp = (event: RecordedOf<AgreementEvent>) => ({
  occurredAt: event.occurredAt,
  recordedAt: event.recordedAt,
  revision: event.streamPosition,
});

/** Version 0 as drafted; signing completes it. */
export function draftedRow(row: Row | null, event: RecordedOf<AgreementDrafted>): Row | null {
  if (alreadyApplied(row, event)) return row;
  const { agency, fiscalYear, party, cascadedFrom, firstParty, secondParty, targets, budget } = event.data;
  return {
    tenantId: event.tenantId,
    agency,
    fiscalYear,
    party: party ?? '',
    version: 0,
    streamId: event.streamId,
    cascadedFrom,
    status: 'drafted',
    signedOn: null,
    reason: null,
    legalBasis: null,
    firstParty,
    secondParty,
    targets: [...targets],
    budget: [...budget],
    budgetTotal: budgetTotal(budget),
    changes: NO_CHANGES,
    ...stamp(event),
  };
}

/** Version 0 as signed: the original, with its signing date and signatories. */
export function signedRow(row: Row | null, event: RecordedOf<AgreementSigned>): Row | null {
  if (row === null) throw new Error(`AgreementSigned without a drafted row in ${event.streamId}`);
  if (alreadyApplied(row, event)) return row;
  const { signedOn, firstParty, secondParty } = event.data;
  return { ...row, status: 'signed', signedOn, firstParty, secondParty, ...stamp(event) };
}

const versionOf = (row: Row): AgreementVersion => ({
  version: row.version,
  signedOn: row.signedOn,
  reason: row.reason,
  legalBasis: row.legalBasis,
  targets: row.targets,
  budget: row.budget,
  changes: row.changes,
});

/** Version n: the previous version's terms with the amendment's lists in their place, and what changed. */
export function amendedRow(
  row: Row | null,
  previous: Row | null,
  event: RecordedOf<AgreementAmended>,
): Row | null {
  if (alreadyApplied(row, event)) return row;
  if (previous === null)
    throw new Error(
      `Amendment ${event.data.amendment} without version ${event.data.amendment - 1} in ${event.streamId}`,
    );
  const next = amendedVersion(versionOf(previous), event.data);
  return {
    ...previous,
    ...next,
    targets: [...next.targets],
    budget: [...next.budget],
    budgetTotal: budgetTotal(next.budget),
    ...stamp(event),
  };
}

/** The row of a version of the event's stream (the signed and amended events name no agency: the stream does). */
const versionRow = (manager: EntityManager, event: RecordedOf<AgreementEvent>, version: number) =>
  manager.findOneBy(AgreementVersionEntity, { tenantId: event.tenantId, streamId: event.streamId, version });

const keyOf = (row: Row, version = row.version) => ({
  tenantId: row.tenantId,
  agency: row.agency,
  fiscalYear: row.fiscalYear,
  party: row.party,
  version,
});

export const AGREEMENT_VERSIONS = 'agreement-versions';

export const agreementVersionsProjection: Projection<AgreementEvent> = {
  name: AGREEMENT_VERSIONS,
  eventTypes: ['AgreementDrafted', 'AgreementSigned', 'AgreementAmended'],
  tables: [AgreementVersionEntity],
  async handle(manager, event) {
    switch (event.type) {
      case 'AgreementDrafted': {
        const { agency, fiscalYear, party } = event.data;
        const key = { tenantId: event.tenantId, agency, fiscalYear, party: party ?? '', version: 0 };
        return applyToRow(manager, AgreementVersionEntity, key, (row) => draftedRow(row, event));
      }
      case 'AgreementSigned': {
        const original = await versionRow(manager, event, 0);
        if (original === null) throw new Error(`AgreementSigned without a drafted row in ${event.streamId}`);
        return applyToRow(manager, AgreementVersionEntity, keyOf(original), (row) => signedRow(row, event));
      }
      case 'AgreementAmended': {
        const previous = await versionRow(manager, event, event.data.amendment - 1);
        if (previous === null)
          throw new Error(
            `Amendment ${event.data.amendment} without its previous version in ${event.streamId}`,
          );
        const key = keyOf(previous, event.data.amendment);
        return applyToRow(manager, AgreementVersionEntity, key, (row) => amendedRow(row, previous, event));
      }
      default:
        return unreachable(event, 'agreement-versions event');
    }
  },
};
