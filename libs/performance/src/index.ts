// The performance context's only door (STYLE.md §11): computed views of an agency-year, no table of its own.
export type {
  AgencyYear,
  AgencyYearFacts,
  AgreementVersionFact,
  BudgetItemFact,
  BudgetLineFact,
  IndicatorFact,
  RealizationFact,
} from './agency-year/agency-year-facts';
export { readAgencyYear } from './agency-year/read-agency-year';
export * from './indicator-performance/indicator-performance';
export * from './indicator-performance/indicator-performance.query';
export * from './budget-absorption/budget-tree';
export * from './budget-absorption/budget-absorption.query';
export * from './efficiency/efficiency-rows';
export * from './efficiency/efficiency.query';
export * from './consistency-checks/finding';
export { checkAgencyYear, checksView } from './consistency-checks/consistency-checks';
export * from './consistency-checks/consistency-checks.query';
export * from './performance.module';
