import { PersonIds } from '../domain/person-ids';
import { ERASED } from '../domain/personal-data.envelope';
import { PERSONAL_FIELDS_OF, PersonalKind, personOf } from '../domain/personal-fields';

type JsonObject = Record<string, unknown>;

/** The kinds of personal object `object` looks like, by its keys (read models copy the events' shapes). */
function kindsOf(object: JsonObject): PersonalKind[] {
  const kinds: PersonalKind[] = [];
  if (typeof object.account === 'string' && 'name' in object) kinds.push('actor');
  if (typeof object.accountId === 'string' && ('displayName' in object || 'email' in object))
    kinds.push('account');
  if ('nip' in object || ('position' in object && 'name' in object)) kinds.push('party');
  return kinds;
}

function scrubObject(object: JsonObject, tenant: string, person: string, ids: PersonIds): JsonObject {
  const fields = kindsOf(object)
    .filter((kind) => personOf(kind, object, tenant, ids) === person)
    .flatMap((kind) => PERSONAL_FIELDS_OF[kind])
    .filter((field) => typeof object[field] === 'string' && object[field] !== '' && object[field] !== ERASED);
  return fields.length === 0 ? object : { ...object, ...Object.fromEntries(fields.map((f) => [f, ERASED])) };
}

/**
 * `value` (a read model's JSON column) with the personal fields of `person` erased, wherever an
 * object of theirs sits in it; the same reference when nothing of theirs is there.
 */
export function scrubJson(value: unknown, tenant: string, person: string, ids: PersonIds): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item) => scrubJson(item, tenant, person, ids));
    return items.every((item, i) => item === value[i]) ? value : items;
  }
  if (typeof value !== 'object' || value === null) return value;
  let changed = false;
  const entries = Object.entries(value).map(([key, item]) => {
    const next = scrubJson(item, tenant, person, ids);
    changed ||= next !== item;
    return [key, next] as const;
  });
  const inner = changed ? Object.fromEntries(entries) : (value as JsonObject);
  return scrubObject(inner, tenant, person, ids);
}
