/** The route of a recommendation of an LHE: its action plan and its progress hang under it. */
export const RECOMMENDATION_ROUTE =
  'api/v1/tenants/:tenant/agencies/:agency/evaluations/:year/recommendations/:n';
