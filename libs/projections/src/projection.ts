import { DomainEvent, RecordedEvent } from '@jejak/eventstore';
import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/** A recorded event of a union, discriminated by `type` (RecordedEvent<A | B> is not). */
export type RecordedOf<E extends DomainEvent> = E extends DomainEvent ? RecordedEvent<E> : never;

/** A table a projection owns: its entity class, or its table name for a table without one. */
export type ReadModelTable = EntityTarget<ObjectLiteral>;

/**
 * A projector: follows the log from its checkpoint and writes read-model rows. No class needed,
 * a plain object satisfies it. Handlers must be idempotent (keyed on stream position), although
 * the runner never applies an event twice: rows and checkpoint commit in one transaction.
 */
export interface Projection<E extends DomainEvent = DomainEvent> {
  /** Stable name: the checkpoint's key and the argument of `projections:rebuild`. */
  readonly name: string;
  /** The event types `handle` is called for; every other event only advances the checkpoint. */
  readonly eventTypes: readonly E['type'][];
  /** Writes the rows for one event, inside the batch's transaction (platform scope). */
  handle(manager: EntityManager, event: RecordedOf<E>): Promise<void>;
  /** Every table whose rows this projection writes: `rebuild` empties them. */
  readonly tables: readonly ReadModelTable[];
}

export function handles(projection: Projection, event: RecordedEvent): boolean {
  return (projection.eventTypes as readonly string[]).includes(event.type);
}

/** The SQL name of a read-model table, quoted. */
export function tableNameOf(manager: EntityManager, table: ReadModelTable): string {
  const name = manager.connection.hasMetadata(table)
    ? manager.connection.getMetadata(table).tablePath
    : String(table);
  return name
    .split('.')
    .map((part) => `"${part.replace(/"/g, '""')}"`)
    .join('.');
}

/** The TypeORM entities among the projections' tables, for the DataSource the runner writes with. */
export function projectionEntities(projections: readonly Projection[]): EntityClass[] {
  const tables = projections.flatMap((projection) => projection.tables);
  return [...new Set(tables.filter((table): table is EntityClass => typeof table === 'function'))];
}

type EntityClass = new () => ObjectLiteral;
