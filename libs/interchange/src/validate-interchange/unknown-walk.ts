import { appendPath } from './interchange-problem';

/**
 * A value of a document not yet known to be valid, with its path. The rules the schema cannot
 * state run even on a document the schema refuses, so that every problem is listed at once;
 * they read through these helpers and skip whatever has the wrong shape (the schema reports it).
 */
export interface At {
  readonly value: unknown;
  readonly path: string;
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

export const child = (node: At, key: string): At => ({
  value: isRecord(node.value) ? node.value[key] : undefined,
  path: appendPath(node.path, key),
});

/** The elements of an array value with their paths; anything else has none. */
export const elements = (node: At): At[] =>
  Array.isArray(node.value) ? node.value.map((value, i) => ({ value, path: appendPath(node.path, i) })) : [];

export const items = (node: At, key: string): At[] => elements(child(node, key));

/** The field's value when it is a string, else undefined. */
export const text = (node: At, key: string): string | undefined => {
  const value = child(node, key).value;
  return typeof value === 'string' ? value : undefined;
};

export const isGiven = (node: At, key: string): boolean => {
  const value = child(node, key).value;
  return value !== undefined && value !== null;
};

/** The parts of the plan that carry codes, in document order. */
export function planParts(doc: At) {
  const plan = child(doc, 'plan');
  const goals = items(plan, 'goals');
  const objectives = goals.flatMap((g) => items(g, 'objectives'));
  const programs = items(plan, 'programs');
  const activities = programs.flatMap((p) => items(p, 'activities'));
  const subActivities = activities.flatMap((a) => items(a, 'subActivities'));
  const indicators = [...goals, ...objectives, ...programs, ...activities, ...subActivities].flatMap((n) =>
    items(n, 'indicators'),
  );
  const units = items(child(doc, 'agency'), 'units');
  return { goals, objectives, programs, activities, subActivities, indicators, units };
}

/** The original agreement and each amendment: the parts that carry `targets` and `budget`. */
export function agreementParts(doc: At): At[] {
  const agreement = child(doc, 'agreement');
  return [agreement, ...items(agreement, 'amendments')];
}
