/** Plain data (event payloads) as JSON with sorted keys, so that two equal facts compare equal. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** Would recording `b` record exactly what `a` already records? */
export const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

/** The first field of `proposed` whose value differs from `recorded`: where a conflict is reported. */
export function differingField<T extends object>(recorded: T, proposed: T, fallback = 'code'): string {
  const keys = Object.keys(proposed) as (keyof T & string)[];
  return keys.find((key) => !same(recorded[key], proposed[key])) ?? fallback;
}
