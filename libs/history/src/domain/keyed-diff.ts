/** One line before → after; null on one side: the line was added or removed. */
export interface LineChange<V> {
  readonly key: string;
  readonly before: V | null;
  readonly after: V | null;
}

/** Key order is irrelevant to equality: two spellings of one object compare equal. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return Object.fromEntries(entries.map(([k, v]) => [k, canonical(v)]));
  }
  return typeof value === 'bigint' ? value.toString() : value;
}

export const sameValue = (a: unknown, b: unknown): boolean =>
  JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));

/**
 * The lines of two lists that differ, matched by `keyOf` and compared on what `pick` keeps:
 * changed lines in the order of `after`, then removed ones in the order of `before`.
 */
export function diffBy<T, V>(
  before: readonly T[],
  after: readonly T[],
  keyOf: (line: T) => string,
  pick: (line: T) => V,
): LineChange<V>[] {
  const old = new Map(before.map((line) => [keyOf(line), pick(line)]));
  const kept = new Set(after.map(keyOf));
  const changed = after
    .map((line) => ({ key: keyOf(line), before: old.get(keyOf(line)) ?? null, after: pick(line) }))
    .filter((change) => change.before === null || !sameValue(change.before, change.after));
  const removed = before
    .filter((line) => !kept.has(keyOf(line)))
    .map((line) => ({ key: keyOf(line), before: pick(line), after: null }));
  return [...changed, ...removed];
}

/** A single value before → after, or null when it did not change. */
export function valueChange<V>(before: V, after: V): { readonly before: V; readonly after: V } | null {
  return sameValue(before, after) ? null : { before, after };
}
