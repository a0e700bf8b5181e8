import { inTenantEntityTransaction } from '@jejak/database';
import { RenstraPeriod, inPeriod, renstraStream, renstraStreamParts } from '@jejak/planning';
import { DataSource } from 'typeorm';

const escapeLike = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * The agency's Renstra streams whose period holds `year`, the latest-starting first (where two
 * overlap, the later plan is in force, as planning's own finder has it).
 *
 * A stream name carries its period, and the port cannot list streams: this asks the events
 * table for the first event of each `{tenant}/renstra-{agency}-…` stream, as the application
 * role (row-level security applies). Collation "C" lets the prefix use the stream index.
 */
export async function renstraStreamsFor(
  dataSource: DataSource,
  tenant: string,
  agency: string,
  year: number,
): Promise<string[]> {
  const prefix = renstraStream(tenant, agency, 0, 0).replace(/0-0$/, '');
  const rows: { stream_id: string }[] = await inTenantEntityTransaction(dataSource, (manager) =>
    manager.query(
      `SELECT stream_id FROM events WHERE tenant_id = $1 AND stream_id LIKE $2 AND stream_position = 0`,
      [tenant, `${escapeLike(prefix)}%`],
    ),
  );
  const periods = rows.flatMap(({ stream_id }): { stream: string; period: RenstraPeriod }[] => {
    try {
      const parts = renstraStreamParts(stream_id);
      // `renstra-bkpsdm-…` also prefixes another agency `bkpsdm-x`'s streams.
      return parts.agency === agency ? [{ stream: stream_id, period: parts.period }] : [];
    } catch {
      return [];
    }
  });
  return periods
    .filter(({ period }) => inPeriod(period, year))
    .sort((a, b) => b.period.from - a.period.from)
    .map(({ stream }) => stream);
}
