import { DEFAULT_CONVENTIONS } from '@jejak/measurement';
import { InterchangeDocument } from '../document/interchange-document';
import { FIXTURES, readFixture } from '../../../../test/fixtures/fixtures';
import { computeAgencyYear, documentConventions } from './compute-agency-year';

interface Expected {
  performance: {
    indicator: string;
    target: number;
    realization: number;
    achievement: number | null;
    band: string | null;
  }[];
  budget: {
    programs: { code: string; allocation: number; realized: number; absorption: number }[];
    total: { allocation: number; realized: number; absorption: number };
  };
  efficiency: { indicator: string; achievement: number; absorption: number; value: number; band: string }[];
  agreement: { versions: number; budgetBefore: number; budgetAfter: number };
  evaluation: { recommendations: number; followUpsDone: number };
}

/** Achievements within 0.005 of the expected value (the expected files print 2 decimals). */
const near = (actual: string | null, expected: number | null) =>
  actual === null || expected === null ? actual === expected : Math.abs(Number(actual) - expected) < 0.005;

describe.each(FIXTURES)('the agency-year %s', (name) => {
  const doc = readFixture<InterchangeDocument>(`${name}.json`);
  const expected = readFixture<Expected>(`${name}.expected.json`);
  const result = computeAgencyYear(doc);

  it('lists exactly the indicators with both a target and a realization', () => {
    const codes = (rows: readonly { indicator: string }[]) => rows.map((r) => r.indicator).sort();
    expect(codes(result.performance)).toEqual(codes(expected.performance));
  });

  it.each(expected.performance.map((row) => [row.indicator, row] as const))(
    'measures %s as expected',
    (code, row) => {
      const actual = result.performance.find((r) => r.indicator === code)!;
      expect(Number(actual.target)).toBe(row.target);
      expect(Number(actual.realization)).toBe(row.realization);
      expect(near(actual.achievement, row.achievement)).toBe(true);
      expect(actual.band).toBe(row.band);
    },
  );

  it('computes each program absorption, with amounts exact', () => {
    expect(result.budget.programs.map((p) => p.code)).toEqual(expected.budget.programs.map((p) => p.code));
    result.budget.programs.forEach((actual, i) => {
      const want = expected.budget.programs[i];
      expect([actual.allocation, actual.realized]).toEqual([BigInt(want.allocation), BigInt(want.realized)]);
      expect(near(actual.absorption, want.absorption)).toBe(true);
    });
  });

  it('computes the agency total as the sum over programs', () => {
    const { total } = expected.budget;
    expect([result.budget.total.allocation, result.budget.total.realized]).toEqual([
      BigInt(total.allocation),
      BigInt(total.realized),
    ]);
    expect(near(result.budget.total.absorption, total.absorption)).toBe(true);
  });

  it('computes efficiency against the funding programs, from unrounded values', () => {
    expect(result.efficiency).toHaveLength(expected.efficiency.length);
    expected.efficiency.forEach((want, i) => {
      const actual = result.efficiency[i];
      expect(actual.indicator).toBe(want.indicator);
      expect(near(actual.achievement, want.achievement)).toBe(true);
      expect(near(actual.absorption, want.absorption)).toBe(true);
      expect(near(actual.value, want.value)).toBe(true);
      expect(actual.band).toBe(want.band);
    });
  });

  it('counts the agreement versions and totals the budget before and after the amendments', () => {
    const want = expected.agreement;
    expect(result.agreement).toEqual({
      versions: want.versions,
      budgetBefore: BigInt(want.budgetBefore),
      budgetAfter: BigInt(want.budgetAfter),
    });
  });

  it('counts the recommendations and the follow-ups done', () => {
    expect(result.evaluation).toEqual(expected.evaluation);
  });

  it('cites the conventions version on every computed number', () => {
    const versions = [documentConventions(doc, 7)];
    const cited = computeAgencyYear(doc, versions);
    const all = [...cited.performance, ...cited.budget.programs, cited.budget.total, ...cited.efficiency];
    expect(new Set(all.map((x) => x.conventionsVersion))).toEqual(new Set([7]));
  });
});

describe('an agency-year computed under another conventions version', () => {
  const doc = readFixture<InterchangeDocument>('kota-bontang-bkpsdm-2020.json');

  it('uses the version in force for the fiscal year, not the document’s own', () => {
    // Version 2 (from 2019) has the attribute bands: 100.81 ≥ 85 is "Sangat Berhasil", not "Melebihi Target"
    const tenant = [{ version: 2, fromFiscalYear: 2019, conventions: DEFAULT_CONVENTIONS }];
    const result = computeAgencyYear(doc, tenant);
    const s11 = result.performance.find((r) => r.indicator === 'S1.1')!;
    expect(s11).toMatchObject({ achievement: '100.81', band: 'Sangat Berhasil', conventionsVersion: 2 });
    // and efficiency by ratio: 100.8055… ÷ 98.2517… = 1.0259… → 1.03
    expect(result.efficiency[0]).toMatchObject({ value: '1.03', band: 'Efisien' });
  });
});
