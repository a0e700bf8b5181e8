import { DataSource } from 'typeorm';

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until every transaction older than this call has ended (or `timeoutMs` passed), so that
 * a reader of the PostgreSQL log — which returns only events below the oldest running
 * transaction (ARCHITECTURE.md) — can see every event committed before the call. Without it, a
 * catch-up started while some older transaction runs anywhere on the server returns too early.
 * Returns whether the horizon was reached.
 */
export async function waitForOlderTransactions(dataSource: DataSource, timeoutMs: number): Promise<boolean> {
  const [{ xmax }] = await dataSource.query('SELECT pg_snapshot_xmax(pg_current_snapshot())::text AS xmax');
  const deadline = Date.now() + timeoutMs;
  for (let wait = 2; ; wait = Math.min(wait * 2, 50)) {
    const [{ passed }] = await dataSource.query(
      'SELECT pg_snapshot_xmin(pg_current_snapshot()) >= $1::xid8 AS passed',
      [xmax],
    );
    if (passed) return true;
    if (Date.now() >= deadline) return false;
    await sleep(wait);
  }
}
