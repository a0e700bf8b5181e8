/*
 * Reads of the `plan` read model for other contexts' queries (performance, budget): call them
 * with an EntityManager in the caller's tenant transaction (`inTenantEntityTransaction`); row-level
 * security and the explicit tenant both bound what they see.
 */
import { EntityManager, In, LessThanOrEqual, MoreThanOrEqual } from 'typeorm';
import type { IndicatorLevel, Polarity } from '../domain/planning.events';
import { BudgetItemLevel, PlanBudgetItemEntity } from './plan-budget-item.entity';
import { PlanHistoryEntity } from './plan-history.entity';
import { PlanIndicatorEntity } from './plan-indicator.entity';
import { PlanRenstraEntity } from './plan-renstra.entity';

export interface IndicatorView {
  readonly agency: string;
  /** The Renstra it belongs to: `2021-2026`. */
  readonly period: string;
  readonly code: string;
  readonly name: string;
  readonly unit: string | null;
  readonly polarity: Polarity;
  readonly level: IndicatorLevel;
  readonly parent: string;
  readonly definition: string | null;
  readonly dataSource: string | null;
  readonly baseline: { readonly year: number | null; readonly value: string } | null;
  /** Renstra targets by fiscal year, decimal strings. */
  readonly targets: Readonly<Record<string, string>>;
  /** The years it is in force, replacements applied. */
  readonly validFrom: number;
  readonly validTo: number;
  readonly replaces: readonly string[];
  readonly replacedBy: readonly string[];
}

/** An indicator as it stands in one fiscal year: its Renstra target for that year (null: none set). */
export interface IndicatorInYear extends IndicatorView {
  readonly year: number;
  readonly target: string | null;
}

export interface BudgetItemView {
  readonly agency: string;
  readonly period: string;
  readonly code: string;
  readonly level: BudgetItemLevel;
  /** The program of a kegiatan, the kegiatan of a sub kegiatan; null for a program. */
  readonly parent: string | null;
  readonly name: string;
  /** The owning unit: a kegiatan's own, a sub kegiatan's kegiatan's. */
  readonly unit: string | null;
  readonly objectives: readonly string[];
}

export interface HistoryView {
  readonly agency: string;
  readonly indicator: string;
  readonly year: number;
  readonly name: string | null;
  readonly unit: string | null;
  readonly target: string | null;
  readonly realization: string | null;
  /** The Renstra it was recorded with. */
  readonly period: string;
}

/** Codes in their natural order: K1.2.1 before K1.10.1, 5.03.01 before 5.04.02. */
export const byCode = (a: { code: string }, b: { code: string }): number =>
  a.code.localeCompare(b.code, 'en', { numeric: true });

export const indicatorView = ({ tenantId: _t, revision: _r, ...row }: PlanIndicatorEntity): IndicatorView =>
  row;

export const indicatorInYear = (row: PlanIndicatorEntity, year: number): IndicatorInYear => ({
  ...indicatorView(row),
  year,
  target: row.targets[String(year)] ?? null,
});

/** The Renstra in force in `year`: the one whose period holds it, the latest-starting where two overlap. */
export function findRenstraInForce(
  manager: EntityManager,
  tenant: string,
  agency: string,
  year: number,
): Promise<PlanRenstraEntity | null> {
  return manager.findOne(PlanRenstraEntity, {
    where: { tenantId: tenant, agency, periodFrom: LessThanOrEqual(year), periodTo: MoreThanOrEqual(year) },
    order: { periodFrom: 'DESC' },
  });
}

/** The indicators of a Renstra in force in `year`, each with its target for that year. */
export async function indicatorsOf(
  manager: EntityManager,
  renstra: PlanRenstraEntity,
  year: number,
): Promise<IndicatorInYear[]> {
  const { tenantId, agency, period } = renstra;
  const rows = await manager.findBy(PlanIndicatorEntity, {
    tenantId,
    agency,
    period,
    validFrom: LessThanOrEqual(year),
    validTo: MoreThanOrEqual(year),
  });
  return rows.sort(byCode).map((row) => indicatorInYear(row, year));
}

/** The indicators of the Renstra in force in `year` that are in force that year, each with its target for it. */
export async function findIndicators(
  manager: EntityManager,
  tenant: string,
  agency: string,
  year: number,
): Promise<IndicatorInYear[]> {
  const renstra = await findRenstraInForce(manager, tenant, agency, year);
  return renstra ? indicatorsOf(manager, renstra, year) : [];
}

/** One indicator of one Renstra (`period` like `2021-2026`), whatever its validity. */
export async function findIndicator(
  manager: EntityManager,
  tenant: string,
  agency: string,
  period: string,
  code: string,
): Promise<IndicatorView | null> {
  const row = await manager.findOneBy(PlanIndicatorEntity, { tenantId: tenant, agency, period, code });
  return row && indicatorView(row);
}

/** Programs, kegiatan and sub kegiatan of a Renstra, in code order. */
export async function budgetItemsOf(
  manager: EntityManager,
  renstra: PlanRenstraEntity,
): Promise<BudgetItemView[]> {
  const { tenantId, agency, period } = renstra;
  const rows = (await manager.findBy(PlanBudgetItemEntity, { tenantId, agency, period })).sort(byCode);
  const unitOf = new Map(rows.map((row) => [row.code, row.unit]));
  return rows.map(({ tenantId: _t, revision: _r, ...row }) => ({
    ...row,
    unit: row.level === 'subActivity' && row.parent ? (unitOf.get(row.parent) ?? null) : row.unit,
  }));
}

/** Programs, kegiatan and sub kegiatan of the Renstra in force in `year`, in code order. */
export async function findBudgetItems(
  manager: EntityManager,
  tenant: string,
  agency: string,
  year: number,
): Promise<BudgetItemView[]> {
  const renstra = await findRenstraInForce(manager, tenant, agency, year);
  return renstra ? budgetItemsOf(manager, renstra) : [];
}

/**
 * Earlier years' results of the agency (of `indicators` only, when given), by indicator and year;
 * where two Renstras recorded the same indicator and year, the later Renstra's.
 */
export async function findHistory(
  manager: EntityManager,
  tenant: string,
  agency: string,
  indicators?: readonly string[],
): Promise<HistoryView[]> {
  if (indicators?.length === 0) return [];
  const rows = await manager.find(PlanHistoryEntity, {
    where: { tenantId: tenant, agency, ...(indicators ? { indicator: In([...indicators]) } : {}) },
    order: { indicator: 'ASC', year: 'ASC', period: 'DESC' },
  });
  const latest = new Map<string, HistoryView>();
  for (const { tenantId: _t, revision: _r, ...row } of rows) {
    const key = `${row.indicator}|${row.year}`;
    if (!latest.has(key)) latest.set(key, row);
  }
  return [...latest.values()];
}
