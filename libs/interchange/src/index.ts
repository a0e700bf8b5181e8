/**
 * sakip-interchange/1: the document in which one agency's fiscal year arrives — its types, its
 * validation (JSON Schema plus the cross-references the schema cannot state), and the reference
 * computation of the results the platform must show for it.
 */
export * from './document/interchange-document';
export { planIndicators, programCodes } from './document/plan-walk';
export * from './validate-interchange/interchange-problem';
export { validateInterchange, type InterchangeValidation } from './validate-interchange/validate-interchange';
export * from './agency-year/agency-year';
export { computeAgencyYear, documentConventions } from './agency-year/compute-agency-year';
