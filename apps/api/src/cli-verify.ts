import { requestContext } from '@jejak/database';
import { EVENT_STORE, EventStore } from '@jejak/eventstore';
import { IntegrityReport, verifyTenant } from '@jejak/history';
import { SLUG_PATTERN, UnknownTenant } from '@jejak/tenancy';
import type { CliIo, Subcommand } from './cli';

/** Exit code of a chain that does not hold (0: it holds; 1: refused; 2: usage). */
export const CHAIN_BROKEN = 3;

/** `--tenant kota-dumai` or `--tenant=kota-dumai`; null for anything else. */
function tenantOf(args: readonly string[]): string | null {
  const [first, second, ...rest] = args;
  if (rest.length > 0 || first === undefined) return null;
  if (first.startsWith('--tenant=') && second === undefined) return first.slice('--tenant='.length);
  return first === '--tenant' && second !== undefined ? second : null;
}

function describe(io: CliIo, report: IntegrityReport): void {
  const head = `${report.tenant}: ${report.eventCount} events, head ${report.headHash ?? '(none)'}`;
  if (report.valid) return io.err(`${head}: the chain holds`);
  const broken = report.firstBroken;
  io.err(
    broken
      ? `${head}: BROKEN at event ${broken.eventId} (${broken.type ?? '?'}, ${broken.stream} #${broken.streamPosition})`
      : `${head}: BROKEN: the chain's head does not match its events (events removed?)`,
  );
}

/**
 * `verify --tenant <code>`: walks the tenant's hash chain (the same use case as `GET
 * /api/v1/tenants/{tenant}/integrity`), prints the report as JSON on stdout and a line for people
 * on stderr; exits 0 when the chain holds, 3 when it is broken, 1 for an unknown tenant.
 */
export const verifySubcommand: Subcommand = {
  usage: 'verify --tenant <code>',
  summary: "verifies a tenant's hash chain (exit 0: intact, 3: an event was altered or removed)",
  async run(args, { io, app }) {
    const tenant = tenantOf(args);
    if (tenant === null || !SLUG_PATTERN.test(tenant)) {
      io.err('usage: npm run jejak -- verify --tenant <code>');
      return 2;
    }
    const store = (await app()).get<EventStore>(EVENT_STORE, { strict: false });
    try {
      // In the tenant, as the platform's own process: row-level security binds the walk to it.
      const report = await requestContext.run({ tenantId: tenant, platform: false, source: 'system' }, () =>
        verifyTenant(store, tenant),
      );
      io.out(JSON.stringify(report, null, 2));
      describe(io, report);
      return report.valid ? 0 : CHAIN_BROKEN;
    } catch (error) {
      if (!(error instanceof UnknownTenant)) throw error;
      io.err(error.message);
      return 1;
    }
  },
};
