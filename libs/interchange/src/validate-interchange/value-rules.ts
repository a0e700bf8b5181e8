import { InterchangeProblem } from './interchange-problem';
import { agreementParts, At, child, elements, isGiven, items, text } from './unknown-walk';

/** Rules on values that the schema cannot state: realization forms, repeated entries, exact money, band order, years. */
export function valueProblems(doc: At): InterchangeProblem[] {
  const conventions = child(doc, 'conventions');
  return [
    ...items(doc, 'realizations').flatMap(realizationForm),
    ...repeatedEntries(doc),
    ...moneyFields(doc).flatMap(exactMoney),
    ...bandOrder(child(conventions, 'achievementBands')),
    ...bandOrder(child(child(conventions, 'efficiency'), 'bands')),
    ...yearRules(doc),
  ];
}

/** What the computation looks up by key must be given once: a second entry would be a silent choice. */
function repeatedEntries(doc: At): InterchangeProblem[] {
  const realizations = items(doc, 'realizations');
  return [
    ...repeated(
      realizations,
      (r) => keyOf(text(r, 'indicator'), text(r, 'period')),
      'realization of this indicator for this period',
    ),
    ...agreementParts(doc).flatMap((v) => [
      ...repeated(
        items(v, 'targets'),
        (t) => text(t, 'indicator'),
        'target for this indicator in this list',
        'indicator',
      ),
      ...repeated(
        items(v, 'budget'),
        (b) => text(b, 'program'),
        'budget line for this program in this list',
        'program',
      ),
    ]),
    ...repeated(
      items(doc, 'budgetRealizations'),
      (b) => text(b, 'code'),
      'budget realization for this code',
      'code',
    ),
  ];
}

/** A realization is a value, or numerator and denominator, or pending — exactly one of them. */
function realizationForm(r: At): InterchangeProblem[] {
  const hasValue = isGiven(r, 'value');
  const hasRatio = isGiven(r, 'numerator') || isGiven(r, 'denominator');
  const pending = child(r, 'status').value === 'pending';
  const problem = (code: InterchangeProblem['code'], message: string) => [{ path: r.path, code, message }];
  if (pending && (hasValue || hasRatio)) {
    return problem(
      'INTERCHANGE.REALIZATION_AMBIGUOUS',
      'a pending realization carries no value (pending is not zero)',
    );
  }
  if (hasValue && hasRatio) {
    return problem('INTERCHANGE.REALIZATION_AMBIGUOUS', 'has both a value and a numerator/denominator');
  }
  if (!pending && !hasValue && !(isGiven(r, 'numerator') && isGiven(r, 'denominator'))) {
    return problem(
      'INTERCHANGE.REALIZATION_WITHOUT_VALUE',
      'needs a value, or a numerator and a denominator, or status "pending"',
    );
  }
  return [];
}

const keyOf = (...parts: (string | undefined)[]) =>
  parts.every((p) => p !== undefined) ? parts.join('\u0000') : undefined;

/** Entries after the first with the same key; reported at `field` of the entry, or the entry itself. */
function repeated(
  nodes: readonly At[],
  key: (n: At) => string | undefined,
  what: string,
  field?: string,
): InterchangeProblem[] {
  const first = new Map<string, string>();
  return nodes.flatMap((node) => {
    const k = key(node);
    if (k === undefined) return [];
    const earlier = first.get(k);
    if (earlier === undefined) {
      first.set(k, node.path);
      return [];
    }
    const path = field ? child(node, field).path : node.path;
    return [
      {
        path,
        code: 'INTERCHANGE.DUPLICATE_ENTRY' as const,
        message: `a second ${what} (first at ${earlier})`,
      },
    ];
  });
}

function moneyFields(doc: At): At[] {
  const budgets = agreementParts(doc).flatMap((v) => items(v, 'budget').map((b) => child(b, 'amount')));
  const lines = items(doc, 'budgetRealizations').flatMap((b) => [
    child(b, 'allocation'),
    child(b, 'realized'),
  ]);
  return [...budgets, ...lines];
}

/** JSON numbers past 2^53 have already lost digits when parsed: such an amount cannot be trusted. */
function exactMoney(amount: At): InterchangeProblem[] {
  const v = amount.value;
  if (typeof v !== 'number' || !Number.isInteger(v) || Number.isSafeInteger(v)) return [];
  return [
    {
      path: amount.path,
      code: 'INTERCHANGE.MONEY_NOT_EXACT',
      message: 'is beyond 2^53 − 1 and cannot be read exactly from JSON',
    },
  ];
}

/** Bands descend by `from`; only the last may have no bound. */
function bandOrder(bands: At): InterchangeProblem[] {
  const list = elements(bands);
  return list.slice(1).flatMap((band, i) => {
    const previous = child(list[i], 'from').value;
    const from = child(band, 'from');
    const problem = (message: string) => [
      { path: from.path, code: 'INTERCHANGE.BANDS_NOT_DESCENDING' as const, message },
    ];
    if (previous === null) return problem('follows the band with no bound, which must come last');
    if (typeof previous === 'number' && typeof from.value === 'number' && from.value >= previous) {
      return problem(`must be below the previous band's from (${previous})`);
    }
    return [];
  });
}

/** The plan's period runs forward and holds the fiscal year; history is of earlier years. */
function yearRules(doc: At): InterchangeProblem[] {
  const period = child(child(doc, 'plan'), 'period');
  const from = child(period, 'from').value;
  const to = child(period, 'to');
  const year = child(doc, 'fiscalYear');
  const problem = (path: string, message: string) => [
    { path, code: 'INTERCHANGE.YEAR_OUT_OF_PERIOD' as const, message },
  ];
  const isYear = (v: unknown): v is number => Number.isInteger(v);
  return [
    ...(isYear(from) && isYear(to.value) && to.value < from
      ? problem(to.path, `ends before the plan starts (${from})`)
      : []),
    ...(isYear(from) && isYear(to.value) && isYear(year.value) && (year.value < from || year.value > to.value)
      ? problem(year.path, `lies outside the plan period ${from}–${to.value}`)
      : []),
    ...items(doc, 'history').flatMap((h) => {
      const y = child(h, 'year');
      return isYear(y.value) && isYear(year.value) && y.value >= year.value
        ? problem(y.path, `history holds years before the fiscal year ${year.value}`)
        : [];
    }),
  ];
}
