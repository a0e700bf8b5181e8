import { Band, Conventions, DEFAULT_CONVENTIONS, conventionsFor, mergeConventions } from '@jejak/measurement';
import { deciderSpec, specMetadata } from '@jejak/testing';
import { ChangeConventionsCommand } from '../change-conventions/change-conventions.command';
import { ChangeConventionsData, conventionsDecider } from './conventions.decider';
import { InvalidConventions } from './tenancy.errors';
import { ConventionsChanged } from './tenancy.events';

// Kota Bontang's 2020 report (fixtures/kota-bontang-bkpsdm-2020.json, conventions): bands above,
// at and below the target, efficiency as achievement − absorption.
const bontang = {
  achievementBands: [
    { from: 100.01, label: 'Melebihi Target' },
    { from: 100, label: 'Tercapai/ Sesuai Target' },
    { from: null, label: 'Tidak Tercapai' },
  ],
  efficiency: {
    method: 'difference',
    bands: [
      { from: 0, label: 'Efisien' },
      { from: null, label: 'Tidak Efisien' },
    ],
  },
} as const;
const bontangFull = mergeConventions(bontang);
// DOMAIN.md: "some reports truncate, others round half up, to 1 or 2 decimals".
const truncating = { rounding: { mode: 'truncate', decimals: 1 } } as const;
const truncatingFull = mergeConventions(truncating);

const change = (fromFiscalYear: number, conventions: ChangeConventionsData['conventions']) =>
  new ChangeConventionsCommand({ tenantId: 'kota-bontang', fromFiscalYear, conventions }, specMetadata());
const changed = (
  version: number,
  fromFiscalYear: number,
  conventions: ConventionsChanged['data']['conventions'],
): ConventionsChanged => ({
  type: 'ConventionsChanged',
  data: { tenantId: 'kota-bontang', version, fromFiscalYear, conventions },
});
const spec = deciderSpec(conventionsDecider);

describe("a tenant's conventions", () => {
  it('are version 1 from the fiscal year first stated, in full: the defaults fill what is left out', () => {
    spec
      .given([])
      .when(change(2020, bontang))
      .then([changed(1, 2020, bontangFull)]);
    expect(bontangFull.rounding).toEqual({ mode: 'half-up', decimals: 2 });
    expect(bontangFull.lowerIsBetter).toBe('two-target-minus-realization');
  });

  it('are numbered on: a later statement is version 2', () => {
    spec
      .given([changed(1, 2020, bontangFull)])
      .when(change(2021, truncating))
      .then([changed(2, 2021, truncatingFull)]);
  });

  it('record nothing when that year’s version already says the same (a re-imported document)', () => {
    spec
      .given([changed(1, 2020, bontangFull)])
      .when(change(2020, bontang))
      .thenNothing();
  });

  it('compare by content, whatever key order the store gave the recorded version back in', () => {
    const labelFirst = (bands: readonly Band[]) => bands.map(({ label, from }) => ({ label, from }));
    const reordered: Conventions = {
      efficiency: { bands: labelFirst(bontangFull.efficiency.bands), method: 'difference' },
      achievementBands: labelFirst(bontangFull.achievementBands),
      rounding: { decimals: 2, mode: 'half-up' },
      lowerIsBetter: 'two-target-minus-realization',
    };
    spec
      .given([changed(1, 2020, reordered)])
      .when(change(2020, bontang))
      .thenNothing();
  });

  it('record a different statement for the same year as a new version, which is then in force', () => {
    const given = [changed(1, 2020, bontangFull)];
    spec
      .given(given)
      .when(change(2020, truncating))
      .then([changed(2, 2020, truncatingFull)]);
    const versions = [...given, changed(2, 2020, truncatingFull)].map((e) => e.data);
    expect(conventionsFor(2020, versions).version).toBe(2);
  });

  it('record the defaults stated for a year, so that a year imported later before it cannot change it', () => {
    spec
      .given([])
      .when(change(2024, {}))
      .then([changed(1, 2024, DEFAULT_CONVENTIONS)]);
  });

  it("record a year's statement equal to an earlier year's version, for the same reason", () => {
    spec
      .given([changed(1, 2020, bontangFull)])
      .when(change(2024, bontang))
      .then([changed(2, 2024, bontangFull)]);
  });
});

describe('malformed conventions', () => {
  const problemsOf = (conventions: ChangeConventionsData['conventions'], year = 2024) => {
    try {
      conventionsDecider.decide(change(year, conventions), conventionsDecider.initialState());
    } catch (error) {
      if (error instanceof InvalidConventions) return error.fields;
      throw error;
    }
    return [];
  };
  const bands = (...froms: (number | null)[]) => froms.map((from, i) => ({ from, label: `band ${i}` }));

  it('are a 400 with a stable code', () => {
    const error = new InvalidConventions([{ path: 'fromFiscalYear', message: 'x' }]);
    expect([error.status, error.code]).toEqual([400, 'TENANCY.INVALID_CONVENTIONS']);
  });

  it('refuse bands that do not descend, naming the band', () => {
    expect(problemsOf({ achievementBands: bands(85, 90, 55, null) })).toEqual([
      'conventions.achievementBands[1].from',
    ]);
    expect(problemsOf({ achievementBands: bands(85, 85, null) })).toEqual([
      'conventions.achievementBands[1].from',
    ]);
  });

  it('refuse a last band with a lower bound: some value would have no band', () => {
    expect(problemsOf({ achievementBands: bands(85, 70, 55) })).toEqual([
      'conventions.achievementBands[2].from',
    ]);
  });

  it('refuse a band with no bound that is not the last', () => {
    expect(problemsOf({ efficiency: { bands: bands(null, 1) } })).toEqual([
      'conventions.efficiency.bands[0].from',
      'conventions.efficiency.bands[1].from',
    ]);
  });

  it('refuse no bands at all, and a band with no label', () => {
    expect(problemsOf({ achievementBands: [] })).toEqual(['conventions.achievementBands']);
    expect(problemsOf({ achievementBands: [{ from: null, label: ' ' }] })).toEqual([
      'conventions.achievementBands[0].label',
    ]);
  });

  it('refuse rounding to more than 4 decimals, or to a fraction of one', () => {
    expect(problemsOf({ rounding: { decimals: 5 } })).toEqual(['conventions.rounding.decimals']);
    expect(problemsOf({ rounding: { decimals: 1.5 } })).toEqual(['conventions.rounding.decimals']);
  });

  it('refuse a fiscal year outside the interchange years (1990–2100)', () => {
    expect(problemsOf({}, 1989)).toEqual(['fromFiscalYear']);
  });

  it('accept the Permendagri 86/2017 scale, half-open with no ceiling (DOMAIN.md)', () => {
    expect(problemsOf({ achievementBands: bands(90, 76, 66, 51, null) })).toEqual([]);
  });
});
