/** The fiscal years a Renstra covers, both inclusive (2021–2026). */
export interface RenstraPeriod {
  readonly from: number;
  readonly to: number;
}

/**
 * A Renstra follows the five-year RPJMD; a transition plan may reach a sixth calendar year
 * (Kota Dumai's 2021–2026), so `to − from` is at most 5.
 */
export const MAX_PERIOD_SPAN = 5;

/** The period as it appears in URLs and stream names: `2021-2026`. */
export const formatPeriod = (period: RenstraPeriod): string => `${period.from}-${period.to}`;

const PERIOD = /^(\d{4})-(\d{4})$/;

/** `2021-2026` → { from: 2021, to: 2026 }; anything else → null (the rules of a period are the decider's). */
export function parsePeriod(text: string): RenstraPeriod | null {
  const match = PERIOD.exec(text);
  return match ? { from: Number(match[1]), to: Number(match[2]) } : null;
}

export interface RenstraStreamParts {
  readonly tenantId: string;
  readonly agency: string;
  readonly period: RenstraPeriod;
}

const STREAM = /^([^/]+)\/renstra-(.+)-(\d{4})-(\d{4})$/;

/** The tenant, agency and period a `{tenant}/renstra-{agency}-{from}-{to}` stream belongs to. */
export function renstraStreamParts(stream: string): RenstraStreamParts {
  const match = STREAM.exec(stream);
  if (!match) throw new Error(`Not a Renstra stream: ${stream}`);
  return { tenantId: match[1], agency: match[2], period: { from: Number(match[3]), to: Number(match[4]) } };
}

export const inPeriod = (period: RenstraPeriod, year: number): boolean =>
  period.from <= year && year <= period.to;

/** The fiscal year of an ISO date (`2024-03-01` → 2024). */
export const yearOf = (isoDate: string): number => Number(isoDate.slice(0, 4));
