import { PersonalDataEnvelope, isEnvelope } from './personal-data.envelope';

/**
 * Readers find envelopes wherever they are, not only where the field list says today: an event
 * written when a path was personal stays readable if the list changes.
 */
export function envelopesIn(value: unknown, found: PersonalDataEnvelope[] = []): PersonalDataEnvelope[] {
  if (isEnvelope(value)) found.push(value);
  else if (Array.isArray(value)) value.forEach((item) => envelopesIn(item, found));
  else if (typeof value === 'object' && value !== null)
    Object.values(value).forEach((item) => envelopesIn(item, found));
  return found;
}

/** Whether any object in `value` has a `$pii` key (well-formed or not). */
export function holdsPiiKey(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(holdsPiiKey);
  if (typeof value !== 'object' || value === null) return false;
  return '$pii' in value || Object.values(value).some(holdsPiiKey);
}

/** `value` with each envelope replaced by `open(envelope)`; unchanged subtrees are shared, not copied. */
export function replaceEnvelopes(value: unknown, open: (envelope: PersonalDataEnvelope) => unknown): unknown {
  if (isEnvelope(value)) return open(value);
  if (Array.isArray(value)) {
    const items = value.map((item) => replaceEnvelopes(item, open));
    return items.every((item, i) => item === value[i]) ? value : items;
  }
  if (typeof value !== 'object' || value === null) return value;
  let changed = false;
  const entries = Object.entries(value).map(([key, item]) => {
    const next = replaceEnvelopes(item, open);
    changed ||= next !== item;
    return [key, next] as const;
  });
  return changed ? Object.fromEntries(entries) : value;
}
