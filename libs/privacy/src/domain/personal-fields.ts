/*
 * Where personal data (UU PDP: a person's name and NIP, an account's email) sits in Jejak's
 * events — the one list the event store's encryption reads. Kept small and explicit; a spec
 * states it. Everything else in an event is the government's, not a person's: positions
 * ("Kepala Badan"), post codes, account ids (opaque), agency and unit names.
 *
 *   metadata.actor            {account, name, post, acting}  every event: `name` (person = account)
 *   AgreementDrafted/Signed   firstParty, secondParty {position, name, nip}: `name`, `nip`
 *                             (person = the NIP, else the name; libs/agreements)
 *   AccountCreated            {accountId, email, displayName}: `email`, `displayName`
 *                             (person = accountId; libs/identity)
 *   Submission*, StepApproved WorkflowActor {account, name, post, acting} under `submittedBy` or
 *                             `by`: `name` (person = account; libs/workflow)
 *
 * Not in events today: the interchange `agency.head {name, nip}` (the importer does not record
 * it: AgencyCreated has no head), and a workflow's ProposedChange data (no change type carries a
 * party yet). A context adding a person's name to an event adds its path here.
 */
import { PersonIds } from './person-ids';
import { ERASED } from './personal-data.envelope';

/** What kind of personal object sits at a path, which fields of it are personal, and whose they are. */
export type PersonalKind = 'party' | 'actor' | 'account';

export interface PersonalObject {
  /** Dotted path of the object under the event's `data` (or `metadata`); '' is the root itself. */
  readonly at: string;
  readonly kind: PersonalKind;
}

export const PERSONAL_FIELDS_OF: Readonly<Record<PersonalKind, readonly string[]>> = {
  party: ['name', 'nip'],
  actor: ['name'],
  account: ['displayName', 'email'],
};

const party = (at: string): PersonalObject => ({ at, kind: 'party' });
const actor = (at: string): PersonalObject => ({ at, kind: 'actor' });
const account = (at: string): PersonalObject => ({ at, kind: 'account' });

/** Personal objects in each event type's `data`. */
export const PERSONAL_DATA: Readonly<Record<string, readonly PersonalObject[]>> = {
  AgreementDrafted: [party('firstParty'), party('secondParty')],
  AgreementSigned: [party('firstParty'), party('secondParty')],
  AccountCreated: [account('')],
  SubmissionOpened: [actor('submittedBy')],
  StepApproved: [actor('by')],
  SubmissionReturned: [actor('by')],
  SubmissionResubmitted: [actor('by')],
  SubmissionRejected: [actor('by')],
  SubmissionWithdrawn: [actor('by')],
};

/** Personal objects in every event's metadata. */
export const PERSONAL_METADATA: readonly PersonalObject[] = [actor('actor')];

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function objectAt(root: unknown, path: string): JsonObject | undefined {
  let node = root;
  for (const key of path === '' ? [] : path.split('.')) node = isObject(node) ? node[key] : undefined;
  return isObject(node) ? node : undefined;
}

/** The person a personal object belongs to, or null when it names nobody. */
export function personOf(
  kind: PersonalKind,
  object: JsonObject,
  tenant: string,
  ids: PersonIds,
): string | null {
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : null);
  switch (kind) {
    case 'party':
      return ids.ofParty(tenant, object);
    case 'actor':
      return text(object.account);
    case 'account':
      return text(object.accountId);
    default:
      return unreachableKind(kind);
  }
}

const unreachableKind = (kind: never): never => {
  throw new Error(`Unknown personal kind: ${String(kind)}`);
};

/** One personal value to encrypt: the object holding it (to write the envelope into), its field, its person. */
export interface PersonalSlot {
  readonly holder: JsonObject;
  readonly field: string;
  readonly person: string;
}

function slotsIn(
  root: unknown,
  objects: readonly PersonalObject[],
  tenant: string,
  ids: PersonIds,
): PersonalSlot[] {
  return objects.flatMap(({ at, kind }) => {
    const holder = objectAt(root, at);
    const person = holder && personOf(kind, holder, tenant, ids);
    if (!holder || !person) return [];
    return PERSONAL_FIELDS_OF[kind]
      .filter((field) => typeof holder[field] === 'string' && holder[field] !== '')
      .map((field) => ({ holder, field, person }));
  });
}

/**
 * The personal values of one event (its own copy: the caller writes envelopes into the holders).
 * Values already erased or empty are none.
 */
export function personalSlots(
  event: { readonly type: string; readonly data: unknown; readonly metadata: unknown },
  tenant: string,
  ids: PersonIds,
): PersonalSlot[] {
  return [
    ...slotsIn(event.data, PERSONAL_DATA[event.type] ?? [], tenant, ids),
    ...slotsIn(event.metadata, PERSONAL_METADATA, tenant, ids),
  ].filter((slot) => slot.holder[slot.field] !== ERASED);
}
