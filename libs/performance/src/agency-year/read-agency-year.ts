import { findAgreementVersions } from '@jejak/agreements';
import { findBudgetItems, findIndicator, findIndicators, findRenstraInForce } from '@jejak/planning';
import { findBudgetLines, findRealizations } from '@jejak/realization';
import { conventionsForYear } from '@jejak/tenancy';
import { EntityManager } from 'typeorm';
import { AgencyYear, AgencyYearFacts, IndicatorFact } from './agency-year-facts';

/**
 * The Renstra's indicators in force in `year`, and those of its indicators the year's
 * realizations or agreement name though not in force (a replaced one still reported is
 * measured, and flagged by the checks).
 */
async function indicatorsOfYear(
  manager: EntityManager,
  tenant: string,
  agency: string,
  year: number,
  named: readonly string[],
): Promise<IndicatorFact[]> {
  const inForce = await findIndicators(manager, tenant, agency, year);
  const known = new Set(inForce.map((i) => i.code));
  const missing = [...new Set(named)].filter((code) => !known.has(code));
  const renstra = missing.length > 0 ? await findRenstraInForce(manager, tenant, agency, year) : null;
  if (!renstra) return inForce;
  const others = await Promise.all(
    missing.map((code) => findIndicator(manager, tenant, agency, renstra.period, code)),
  );
  return [...inForce, ...others.flatMap((i) => (i ? [i] : []))];
}

/**
 * Everything an agency-year's computed views read, through the other contexts' query functions,
 * in one transaction of the caller's tenant (`inTenantEntityTransaction`: row-level security).
 */
export async function readAgencyYear(
  manager: EntityManager,
  tenant: string,
  agency: string,
  year: number,
): Promise<AgencyYear> {
  const versions = await findAgreementVersions(manager, { tenantId: tenant, agency, fiscalYear: year });
  const agreement = versions.filter((v) => v.status === 'signed');
  const realizations = await findRealizations(manager, agency, year);
  const named = [
    ...realizations.map((r) => r.indicator),
    ...agreement.flatMap((v) => v.targets.map((t) => t.indicator)),
  ];
  const facts: AgencyYearFacts = {
    agency,
    year,
    indicators: await indicatorsOfYear(manager, tenant, agency, year, named),
    agreement,
    realizations,
    budgetLines: await findBudgetLines(manager, agency, year),
    budgetItems: await findBudgetItems(manager, tenant, agency, year),
  };
  return { facts, conventions: await conventionsForYear(manager, year, tenant) };
}
