import { LOG_START, LogPosition } from '@jejak/eventstore';
import { EntityManager } from 'typeorm';

/** A platform table (no tenant): one row per projector, the log position of its last applied event. */
export const CHECKPOINTS_TABLE = 'projection_checkpoints';

interface CheckpointRow {
  readonly commit: string;
  readonly prepare: string;
}

const toPosition = (row: CheckpointRow | undefined): LogPosition =>
  row ? { commit: BigInt(row.commit), prepare: BigInt(row.prepare) } : LOG_START;

/** The checkpoint as last committed; the log start for a projector that never ran. */
export async function readCheckpoint(manager: EntityManager, name: string): Promise<LogPosition> {
  const rows: CheckpointRow[] = await manager.query(
    `SELECT "commit", "prepare" FROM ${CHECKPOINTS_TABLE} WHERE name = $1`,
    [name],
  );
  return toPosition(rows[0]);
}

/** Every stored checkpoint, by projector name. */
export async function readAllCheckpoints(manager: EntityManager): Promise<Map<string, LogPosition>> {
  const rows: Array<CheckpointRow & { name: string }> = await manager.query(
    `SELECT name, "commit", "prepare" FROM ${CHECKPOINTS_TABLE}`,
  );
  return new Map(rows.map((row) => [row.name, toPosition(row)]));
}

/**
 * Reads the checkpoint and locks its row until the transaction ends, so two runners of the same
 * projector (two workers, or a test's catch-up beside the worker loop) never apply a batch twice.
 */
export async function lockCheckpoint(manager: EntityManager, name: string): Promise<LogPosition> {
  await manager.query(
    `INSERT INTO ${CHECKPOINTS_TABLE} (name, "commit", "prepare") VALUES ($1, 0, 0) ON CONFLICT (name) DO NOTHING`,
    [name],
  );
  const rows: CheckpointRow[] = await manager.query(
    `SELECT "commit", "prepare" FROM ${CHECKPOINTS_TABLE} WHERE name = $1 FOR UPDATE`,
    [name],
  );
  return toPosition(rows[0]);
}

export async function saveCheckpoint(
  manager: EntityManager,
  name: string,
  position: LogPosition,
): Promise<void> {
  await manager.query(
    `UPDATE ${CHECKPOINTS_TABLE} SET "commit" = $2, "prepare" = $3, updated_at = now() WHERE name = $1`,
    [name, position.commit.toString(), position.prepare.toString()],
  );
}
