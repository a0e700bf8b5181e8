import { PlanningEvent } from './planning.events';
import { AdoptedRenstra, evolveAdopted } from './renstra.state';

/** Names a field of one item of a command's list, as a JSON path into the command's data. */
export type FieldPath = (field: string) => string;

export const itemPath =
  (list: string, index: number): FieldPath =>
  (field) =>
    `${list}[${index}].${field}`;

/**
 * Decides the items of a list in order, each against the state the earlier ones left, so that
 * a list may define a parent before its children, and repeating an item in one list is harmless.
 */
export function decideEach<T>(
  state: AdoptedRenstra,
  list: string,
  items: readonly T[],
  decideOne: (state: AdoptedRenstra, item: T, at: FieldPath) => readonly PlanningEvent[],
): { readonly state: AdoptedRenstra; readonly events: readonly PlanningEvent[] } {
  return items.reduce<{ state: AdoptedRenstra; events: readonly PlanningEvent[] }>(
    (acc, item, index) => {
      const events = decideOne(acc.state, item, itemPath(list, index));
      return { state: events.reduce(evolveAdopted, acc.state), events: [...acc.events, ...events] };
    },
    { state, events: [] },
  );
}
