import { CommandMetadata } from '@jejak/eventstore';

/** A fact dated by the caller (`occurredOn`, a date) takes effect at the start of that day; else now. */
export const occurredAtOf = (occurredOn: string | undefined): Partial<CommandMetadata> =>
  occurredOn === undefined ? {} : { occurredAt: `${occurredOn}T00:00:00.000Z` };
