import { readFixture, spoil } from '../../../../test/fixtures/fixtures';
import { validateInterchange } from './validate-interchange';

/** Kota Dumai 2024 with some changes; the problems it then has, as path → code. */
function problemsAfter(...changes: [path: string, value: unknown][]): Record<string, string> {
  const doc = readFixture('kota-dumai-bkpsdm-2024.json');
  changes.forEach(([path, value]) => spoil(doc, path, value));
  const result = validateInterchange(doc);
  return result.ok ? {} : Object.fromEntries(result.errors.map((p) => [p.path, p.code]));
}

describe('dates', () => {
  it('must exist in the calendar', () => {
    expect(problemsAfter(['$.agreement.amendments[0].signedOn', '2024-02-30'])).toEqual({
      '$.agreement.amendments[0].signedOn': 'INTERCHANGE.INVALID_DATE',
    });
    expect(problemsAfter(['$.evaluation.issuedOn', '2023-02-29'])).toEqual({
      '$.evaluation.issuedOn': 'INTERCHANGE.INVALID_DATE',
    });
  });

  it('accept 29 February of a leap year, and an unknown date as null', () => {
    expect(problemsAfter(['$.evaluation.issuedOn', '2024-02-29'], ['$.agreement.signedOn', null])).toEqual(
      {},
    );
  });
});

describe('a realization', () => {
  it('has a value, or a numerator and a denominator, or status pending', () => {
    expect(problemsAfter(['$.realizations[0].value', null])).toEqual({
      '$.realizations[0]': 'INTERCHANGE.REALIZATION_WITHOUT_VALUE',
    });
    expect(problemsAfter(['$.realizations[0].value', null], ['$.realizations[0].numerator', 3])).toEqual({
      '$.realizations[0]': 'INTERCHANGE.REALIZATION_WITHOUT_VALUE',
    });
  });

  it('may be a ratio of two counts, or pending with no value', () => {
    expect(
      problemsAfter(
        ['$.realizations[0].value', null],
        ['$.realizations[0].numerator', 1452],
        ['$.realizations[0].denominator', 1693],
        ['$.realizations[1].value', null],
        ['$.realizations[1].status', 'pending'],
      ),
    ).toEqual({});
  });

  it('is not both a value and a ratio, nor pending with a value', () => {
    expect(problemsAfter(['$.realizations[0].numerator', 1], ['$.realizations[0].denominator', 2])).toEqual({
      '$.realizations[0]': 'INTERCHANGE.REALIZATION_AMBIGUOUS',
    });
    expect(problemsAfter(['$.realizations[0].status', 'pending'])).toEqual({
      '$.realizations[0]': 'INTERCHANGE.REALIZATION_AMBIGUOUS',
    });
  });

  it('is given once per indicator and period', () => {
    expect(problemsAfter(['$.realizations[55]', { indicator: 'T1.1', period: 'FY', value: 70 }])).toEqual({
      '$.realizations[55]': 'INTERCHANGE.DUPLICATE_ENTRY',
    });
  });
});

describe('money', () => {
  it('is a whole number of rupiah', () => {
    expect(problemsAfter(['$.agreement.budget[0].amount', 6072466298.5])).toEqual({
      '$.agreement.budget[0].amount': 'INTERCHANGE.MONEY_NOT_INTEGER',
    });
  });

  it('is refused beyond 2^53, where JSON parsing has already lost digits', () => {
    expect(problemsAfter(['$.budgetRealizations[0].realized', 2 ** 53 + 2])).toEqual({
      '$.budgetRealizations[0].realized': 'INTERCHANGE.MONEY_NOT_EXACT',
    });
  });

  it('has one line per program in an agreement budget, and one realization per budget code', () => {
    expect(
      problemsAfter(
        ['$.agreement.budget[1].program', '5.03.01'],
        ['$.budgetRealizations[1].code', '5.03.01'],
      ),
    ).toEqual({
      '$.agreement.budget[1].program': 'INTERCHANGE.DUPLICATE_ENTRY',
      '$.budgetRealizations[1].code': 'INTERCHANGE.DUPLICATE_ENTRY',
    });
  });
});

describe('conventions', () => {
  it('have bands that descend, with the unbounded band last', () => {
    expect(problemsAfter(['$.conventions.achievementBands[1].from', 90])).toEqual({
      '$.conventions.achievementBands[1].from': 'INTERCHANGE.BANDS_NOT_DESCENDING',
    });
    expect(problemsAfter(['$.conventions.efficiency.bands[0].from', null])).toEqual({
      '$.conventions.efficiency.bands[1].from': 'INTERCHANGE.BANDS_NOT_DESCENDING',
    });
  });

  it('refuse a rounding mode they do not know', () => {
    expect(problemsAfter(['$.conventions.rounding.mode', 'half-even'])).toEqual({
      '$.conventions.rounding.mode': 'INTERCHANGE.NOT_ALLOWED',
    });
  });
});

describe('years', () => {
  it('put the fiscal year inside the plan period', () => {
    expect(problemsAfter(['$.fiscalYear', 2027])).toEqual({
      '$.fiscalYear': 'INTERCHANGE.YEAR_OUT_OF_PERIOD',
    });
  });

  it('keep history to years before the fiscal year', () => {
    expect(problemsAfter(['$.history[0].year', 2024])).toEqual({
      '$.history[0].year': 'INTERCHANGE.YEAR_OUT_OF_PERIOD',
    });
  });

  it('name a target year by a key the path shows as a key', () => {
    expect(problemsAfter(["$.plan.goals[0].indicators[0].targets['TA-2024']", 1])).toEqual({
      "$.plan.goals[0].indicators[0].targets['TA-2024']": 'INTERCHANGE.INVALID_FORMAT',
    });
    expect(problemsAfter(["$.plan.goals[0].indicators[0].targets['2024']", '70'])).toEqual({
      "$.plan.goals[0].indicators[0].targets['2024']": 'INTERCHANGE.WRONG_TYPE',
    });
  });
});

describe('shapes', () => {
  it('refuse a property sakip-interchange/1 does not have, at its own path', () => {
    expect(problemsAfter(['$.agreement.targets[0].weight', 1])).toEqual({
      '$.agreement.targets[0].weight': 'INTERCHANGE.UNKNOWN_PROPERTY',
    });
  });
});
