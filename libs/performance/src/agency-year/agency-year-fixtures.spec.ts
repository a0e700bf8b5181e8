import { documentConventions, InterchangeDocument } from '@jejak/interchange';
import { FIXTURES, readFixture } from '../../../../test/fixtures/fixtures';
import { budgetView } from '../budget-absorption/budget-tree';
import { efficiencyView } from '../efficiency/efficiency-rows';
import { performanceView } from '../indicator-performance/indicator-performance';
import { documentFacts } from '../testing/document-facts';
import {
  agencyYearDifferences,
  ExpectedAgencyYear,
} from '../../../../test/e2e/performance/expected-agency-year';

// The read models of an imported fixture, assembled into the views: they reproduce `*.expected.json`.
describe.each(FIXTURES)('the computed views of %s', (name) => {
  const doc = readFixture<InterchangeDocument>(`${name}.json`);
  const expected = readFixture<ExpectedAgencyYear>(`${name}.expected.json`);
  const facts = documentFacts(doc);
  const using = documentConventions(doc);

  it('reproduce the expected performance, budget and efficiency', () => {
    const performance = performanceView(facts, using).rows;
    const budget = budgetView(facts, using);
    const efficiency = efficiencyView(facts, using).rows;
    expect(agencyYearDifferences({ performance, budget, efficiency }, expected)).toEqual([]);
  });

  it('cite the conventions version on the response and on every row', () => {
    const views = [performanceView(facts, using), efficiencyView(facts, using)];
    const cited = views.flatMap((v) => [v.conventionsVersion, ...v.rows.map((r) => r.conventionsVersion)]);
    expect(new Set(cited)).toEqual(new Set([1]));
  });
});
