/*
 * The governments of the benchmark: Indonesia's 38 provinces and 514 cities and regencies
 * (DOMAIN.md), 552 tenants whose sizes follow a Zipf-like law — a few large provinces and cities
 * hold much of the load, most regencies little — with 30–60 agencies each (DOMAIN.md: "30–60
 * agencies"), larger governments having more.
 */

export const PROVINCES = 38;
export const CITIES_AND_REGENCIES = 514;
/** Units per agency (bidang / sub bagian), each with a head and two staff. */
export const UNITS_PER_AGENCY = 5;

export interface BenchTenant {
  readonly tenantId: string;
  readonly items: number;
  readonly agencies: number;
}

/** A small seeded PRNG (mulberry32), so two runs load the same tenants. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 552 tenants sharing `totalItems`, sized by a shuffled Zipf rank (exponent `skew`). */
export function benchTenants(totalItems: number, skew = 0.8, seed = 552): BenchTenant[] {
  const random = seeded(seed);
  const ids = [
    ...Array.from({ length: PROVINCES }, (_, n) => `provinsi-${String(n + 1).padStart(2, '0')}`),
    ...Array.from({ length: CITIES_AND_REGENCIES }, (_, n) => `kabkota-${String(n + 1).padStart(3, '0')}`),
  ];
  const ranks = ids.map((_, n) => n + 1);
  for (let n = ranks.length - 1; n > 0; n--) {
    const m = Math.floor(random() * (n + 1));
    [ranks[n], ranks[m]] = [ranks[m], ranks[n]];
  }
  const weights = ranks.map((rank) => 1 / rank ** skew);
  const sum = weights.reduce((a, b) => a + b, 0);
  const tenants = ids.map((tenantId, n) => ({
    tenantId,
    items: Math.max(1, Math.floor((totalItems * weights[n]) / sum)),
    agencies: 30 + Math.round(30 * (1 - (ranks[n] - 1) / (ids.length - 1))),
  }));
  // Rounding leaves a remainder: the largest tenant takes it.
  const largest = tenants.reduce((a, b) => (b.items > a.items ? b : a));
  const remainder = totalItems - tenants.reduce((n, t) => n + t.items, 0);
  return tenants.map((t) => (t === largest ? { ...t, items: t.items + remainder } : t));
}
