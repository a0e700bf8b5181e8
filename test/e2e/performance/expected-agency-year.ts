/*
 * Compares the computed views of an agency-year with a fixture's `*.expected.json` (interchange
 * README, "Expected results"): achievements, absorptions and efficiency values within 0.005 (the
 * expected files print 2 decimals), amounts exact, bands equal, every expected row present and no
 * other. Returns the differences, one line each, so a failing spec lists all of them.
 */
type Num = number | string | null;

export interface ExpectedAgencyYear {
  readonly performance: readonly {
    indicator: string;
    target: number;
    realization: number;
    achievement: number | null;
    band: string | null;
  }[];
  readonly budget: {
    readonly programs: readonly { code: string; allocation: number; realized: number; absorption: number }[];
    readonly total: { allocation: number; realized: number; absorption: number };
  };
  readonly efficiency: readonly {
    indicator: string;
    achievement: number;
    absorption: number;
    value: number;
    band: string;
  }[];
  readonly agreement: { versions: number; budgetBefore: number; budgetAfter: number };
}

/** The views as the API answers them (JSON: decimals and money as text). */
export interface ComputedAgencyYear {
  readonly performance: readonly {
    indicator: string;
    target: Num;
    realization: Num;
    achievement: Num;
    band: string | null;
  }[];
  readonly budget: {
    readonly programs: readonly { code: string; allocation: Num; realized: Num; absorption: Num }[];
    readonly total: { allocation: Num; realized: Num; absorption: Num };
  };
  readonly efficiency: readonly {
    indicator: string;
    achievement: Num;
    absorption: Num;
    value: Num;
    band: string | null;
  }[];
  readonly agreement?: { versions: number; budgetBefore: Num; budgetAfter: Num };
}

const near = (actual: Num, expected: number | null): boolean =>
  actual === null || expected === null ? actual === expected : Math.abs(Number(actual) - expected) < 0.005;

const exact = (actual: Num, expected: number): boolean =>
  actual !== null && BigInt(String(actual)) === BigInt(expected);

const sameNumber = (actual: Num, expected: number): boolean => actual !== null && Number(actual) === expected;

function compareKeys(what: string, actual: readonly string[], expected: readonly string[]): string[] {
  const missing = expected.filter((k) => !actual.includes(k)).map((k) => `${what}: missing ${k}`);
  const extra = actual.filter((k) => !expected.includes(k)).map((k) => `${what}: extra ${k}`);
  const twice = actual.filter((k, i) => actual.indexOf(k) !== i).map((k) => `${what}: ${k} twice`);
  return [...missing, ...extra, ...twice];
}

/** Each failed comparison as `what key field: actual ≠ expected`. */
function fields<A, E>(
  what: string,
  key: string,
  actual: A,
  expected: E,
  checks: [keyof A & keyof E, (a: Num, e: never) => boolean][],
): string[] {
  return checks
    .filter(([field, ok]) => !ok(actual[field] as Num, expected[field] as never))
    .map(
      ([field]) => `${what} ${key} ${String(field)}: ${String(actual[field])} ≠ ${String(expected[field])}`,
    );
}

const sameBand = (a: Num, e: string | null) => a === e;

export function agencyYearDifferences(actual: ComputedAgencyYear, expected: ExpectedAgencyYear): string[] {
  const performance = expected.performance.flatMap((want) => {
    const got = actual.performance.find((r) => r.indicator === want.indicator);
    if (!got) return [];
    return fields('performance', want.indicator, got, want, [
      ['target', sameNumber],
      ['realization', sameNumber],
      ['achievement', near],
      ['band', sameBand],
    ]);
  });
  const programs = expected.budget.programs.flatMap((want) => {
    const got = actual.budget.programs.find((p) => p.code === want.code);
    if (!got) return [];
    return fields('budget', want.code, got, want, [
      ['allocation', exact],
      ['realized', exact],
      ['absorption', near],
    ]);
  });
  const total = fields('budget', 'total', actual.budget.total, expected.budget.total, [
    ['allocation', exact],
    ['realized', exact],
    ['absorption', near],
  ]);
  const efficiency = expected.efficiency.flatMap((want) => {
    const got = actual.efficiency.find((r) => r.indicator === want.indicator);
    if (!got) return [];
    return fields('efficiency', want.indicator, got, want, [
      ['achievement', near],
      ['absorption', near],
      ['value', near],
      ['band', sameBand],
    ]);
  });
  const agreement = actual.agreement
    ? fields('agreement', 'summary', actual.agreement, expected.agreement, [
        ['versions', sameNumber],
        ['budgetBefore', exact],
        ['budgetAfter', exact],
      ])
    : [];
  return [
    ...compareKeys(
      'performance',
      actual.performance.map((r) => r.indicator),
      expected.performance.map((r) => r.indicator),
    ),
    ...performance,
    ...compareKeys(
      'budget',
      actual.budget.programs.map((p) => p.code),
      expected.budget.programs.map((p) => p.code),
    ),
    ...programs,
    ...total,
    ...compareKeys(
      'efficiency',
      actual.efficiency.map((r) => r.indicator),
      expected.efficiency.map((r) => r.indicator),
    ),
    ...efficiency,
    ...agreement,
  ];
}
