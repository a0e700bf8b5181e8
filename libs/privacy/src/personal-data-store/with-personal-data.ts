import { createPool } from '@jejak/database';
import { EventStore } from '@jejak/eventstore';
import { Pool } from 'pg';
import { personIds } from '../domain/person-ids';
import { KeyCacheOptions } from '../key-vault/key-cache';
import { masterKeys } from '../key-vault/master-keys';
import { PersonKeyVault } from '../key-vault/person-key-vault';
import { PersonalDataEventStore } from './personal-data-event-store';

export interface PersonalDataOptions {
  /** JEJAK_MASTER_KEY (loadConfig().masterKey). */
  readonly masterKey: string;
  /** The app role's connection for `person_keys` (loadConfig().appDatabaseUrl); ignored with `pool`. */
  readonly url?: string;
  /** A pool the caller owns (left open on close). */
  readonly pool?: Pool;
  readonly poolSize?: number;
  readonly cache?: KeyCacheOptions;
}

/**
 * `store` behind personal-data encryption: what the api, the worker and the importer get as
 * EVENT_STORE. The key vault lives in PostgreSQL whichever adapter holds the log — the keys are
 * kept apart from the log by design. Closing the result closes `store` too.
 */
export function withPersonalData(store: EventStore, options: PersonalDataOptions): PersonalDataEventStore {
  const keys = masterKeys(options.masterKey);
  const ownsPool = !options.pool;
  if (!options.pool && !options.url) throw new Error('withPersonalData needs a url or a pool');
  const pool = options.pool ?? createPool(options.url as string, { max: options.poolSize ?? 4 });
  const vault = new PersonKeyVault(pool, keys.wrapping, ownsPool, options.cache);
  return new PersonalDataEventStore(store, vault, personIds(keys.pseudonyms));
}
