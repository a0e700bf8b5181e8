import { loadConfig } from '@jejak/config';
import { unreachable } from '@jejak/eventstore';
import { Projection } from '@jejak/projections';
import { PersonIds, personIds } from '../domain/person-ids';
import { PrivacyEvent } from '../domain/privacy.events';
import { masterKeys } from '../key-vault/master-keys';
import { scrubReadModels } from './scrub-read-models';

export const PERSONAL_DATA_SCRUB = 'personal-data-scrub';

let configured: PersonIds | undefined;
/** Person ids under the configured master key, as the api derives them. */
const idsFromConfig = (): PersonIds =>
  (configured ??= personIds(masterKeys(loadConfig().masterKey).pseudonyms));

/**
 * Follows `PersonalDataErased` and scrubs the erased person's values from the read models that
 * copied them before the erasure (rows projected after it read "[dihapus]" from the log already).
 * It owns no table: `projections:rebuild personal-data-scrub` replays every erasure, e.g. after
 * restoring a read model from a backup. One window stays: a batch another projector read (and
 * decrypted) just before the erasure and commits just after this scrub writes the name again;
 * replaying the erasures closes it.
 */
export function createPersonalDataScrubProjection(
  ids: () => PersonIds = idsFromConfig,
): Projection<PrivacyEvent> {
  return {
    name: PERSONAL_DATA_SCRUB,
    eventTypes: ['PersonalDataErased'],
    tables: [],
    async handle(manager, event) {
      switch (event.type) {
        case 'PersonalDataErased':
          await scrubReadModels(manager, event.tenantId, event.data.person, ids());
          return;
        default:
          return unreachable(event.type, 'personal-data-scrub event');
      }
    },
  };
}

/** The worker's instance (apps/worker/src/projections.ts), with the configured master key. */
export const personalDataScrubProjection = createPersonalDataScrubProjection();
