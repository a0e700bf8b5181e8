import { FIXTURES, readFixture, spoil } from '../../../../test/fixtures/fixtures';
import { validateInterchange } from './validate-interchange';

const dumai = () => readFixture('kota-dumai-bkpsdm-2024.json');
const problemsOf = (doc: unknown) => {
  const result = validateInterchange(doc);
  return result.ok ? [] : result.errors;
};

describe('validating a sakip-interchange/1 document', () => {
  it.each(FIXTURES)('accepts the fixture %s', (name) => {
    const result = validateInterchange(readFixture(`${name}.json`));
    expect(result.ok).toBe(true);
  });

  it('lists every one of ten different mistakes, each at its path', () => {
    const doc = dumai();
    const mistakes: [path: string, value?: unknown][] = [
      ['$.fiscalYear', '2024'], // wrong type
      ['$.realizations[0].indicator', 'X9.9'], // unknown indicator code
      ['$.budgetRealizations[0].allocation', -6357723118], // negative money
      ['$.evaluation.issuedOn', '2024-02-30'], // impossible date
      ['$.agency.units[6]', { code: 'sekretariat', name: 'Sekretariat (lagi)', parent: null }], // duplicate code
      ['$.realizations[1].period', 'Q5'], // unknown period
      ['$.agreement.targets[0].fundedBy[1]', '9.99.99'], // unknown program in fundedBy
      ['$.agreement.amendments[0].budget[0].amount'], // missing required field
      ['$.tenant.code', 'Kota Dumai'], // bad format value (not a slug)
      ['$.plan.programs[0].activities[0].unit', 'bidang-tidak-ada'], // unknown unit
    ];
    mistakes.forEach(([path, ...value]) => spoil(doc, path, ...value));
    const expectedPaths = mistakes.map(([path]) => (path === '$.agency.units[6]' ? `${path}.code` : path));

    const problems = problemsOf(doc);

    expect(problems.map((p) => p.path).sort()).toEqual(expectedPaths.sort());
    expect(Object.fromEntries(problems.map((p) => [p.path, p.code]))).toEqual({
      '$.fiscalYear': 'INTERCHANGE.WRONG_TYPE',
      '$.realizations[0].indicator': 'INTERCHANGE.UNKNOWN_INDICATOR',
      '$.budgetRealizations[0].allocation': 'INTERCHANGE.NEGATIVE_MONEY',
      '$.evaluation.issuedOn': 'INTERCHANGE.INVALID_DATE',
      '$.agency.units[6].code': 'INTERCHANGE.DUPLICATE_CODE',
      '$.realizations[1].period': 'INTERCHANGE.NOT_ALLOWED',
      '$.agreement.targets[0].fundedBy[1]': 'INTERCHANGE.UNKNOWN_PROGRAM',
      '$.agreement.amendments[0].budget[0].amount': 'INTERCHANGE.REQUIRED',
      '$.tenant.code': 'INTERCHANGE.INVALID_FORMAT',
      '$.plan.programs[0].activities[0].unit': 'INTERCHANGE.UNKNOWN_UNIT',
    });
  });

  it('says what is wrong in words', () => {
    const doc = dumai();
    spoil(doc, '$.realizations[0].indicator', 'X9.9');
    spoil(doc, '$.agreement.signedOn', '31-01-2024');
    spoil(doc, '$.tenant.code', 'Kota Dumai');
    expect(problemsOf(doc)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ message: 'no indicator of the plan has code "X9.9"' }),
        expect.objectContaining({ message: 'must be a calendar date as YYYY-MM-DD or null' }),
        expect.objectContaining({
          message: 'must be a slug: lower-case letters and digits joined by hyphens',
        }),
      ]),
    );
  });

  it('reports a value the schema refuses once, for its shape, not again for a rule', () => {
    const doc = dumai();
    spoil(doc, '$.realizations[0].indicator', 'not a code!');
    expect(problemsOf(doc)).toEqual([expect.objectContaining({ path: '$.realizations[0].indicator' })]);
  });

  it('refuses what is not a document at all', () => {
    expect(problemsOf(null)).toEqual([
      { path: '$', code: 'INTERCHANGE.WRONG_TYPE', message: 'must be object' },
    ]);
    expect(problemsOf({})).toHaveLength(5); // format, tenant, agency, fiscalYear, plan are required
  });
});
