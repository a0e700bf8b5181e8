import { EntityManager, EntityTarget, FindOptionsWhere, ObjectLiteral } from 'typeorm';
import { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';

/**
 * Loads one row, passes it through a pure `(row, event) → row` core and writes the result:
 * nothing when the core returns the row unchanged (a replayed event), a delete for null.
 */
export async function applyToRow<R extends ObjectLiteral>(
  manager: EntityManager,
  entity: EntityTarget<R>,
  key: FindOptionsWhere<R>,
  evolve: (row: R | null) => R | null,
): Promise<void> {
  const current = await manager.findOneBy(entity, key);
  const next = evolve(current);
  if (next === current) return;
  if (next === null) {
    await manager.delete(entity, key);
    return;
  }
  const primary = manager.connection.getMetadata(entity).primaryColumns.map((column) => column.propertyName);
  await manager.upsert(entity, next as QueryDeepPartialEntity<R>, primary);
}
