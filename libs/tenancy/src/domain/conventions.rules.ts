import { Band, Conventions, ConventionsInput, mergeConventions } from '@jejak/measurement';
import {
  EFFICIENCY_METHODS,
  FISCAL_YEAR_MAX,
  FISCAL_YEAR_MIN,
  LOWER_IS_BETTER_FORMULAS,
  ROUNDING_DECIMALS_MAX,
  ROUNDING_MODES,
} from './tenancy.rules';

/** One malformed part of a statement of conventions, by its JSON path in the request. */
export interface ConventionsProblem {
  readonly path: string;
  readonly message: string;
}

const plainBands = (bands: readonly Band[]): Band[] => bands.map(({ from, label }) => ({ from, label }));

/**
 * The full conventions a statement makes: the defaults merged in, as plain data in one key order,
 * so two statements compare by their JSON whatever order the store gave their keys back in.
 */
export function fullConventions(input: ConventionsInput): Conventions {
  const merged = mergeConventions(input);
  return {
    lowerIsBetter: merged.lowerIsBetter,
    rounding: { mode: merged.rounding.mode, decimals: merged.rounding.decimals },
    achievementBands: plainBands(merged.achievementBands),
    efficiency: { method: merged.efficiency.method, bands: plainBands(merged.efficiency.bands) },
  };
}

export const sameConventions = (a: Conventions, b: Conventions): boolean =>
  JSON.stringify(fullConventions(a)) === JSON.stringify(fullConventions(b));

function fromProblem(bands: readonly Band[], i: number): string | null {
  const from = bands[i].from;
  const last = i === bands.length - 1;
  if (from === null) return last ? null : 'may be null (no lower bound) only in the last band';
  if (typeof from !== 'number' || !Number.isFinite(from)) return 'must be a number, or null in the last band';
  if (last) return 'must be null in the last band, so that every value falls in a band';
  const previous = i > 0 ? bands[i - 1].from : null;
  if (typeof previous === 'number' && from >= previous)
    return `must be below the previous band's from (${previous}): bands descend`;
  return null;
}

/** Bands descend by `from` (an inclusive lower bound); the last has none (interchange README). */
export function bandProblems(bands: readonly Band[], path: string): ConventionsProblem[] {
  if (!Array.isArray(bands) || bands.length === 0) return [{ path, message: 'must list at least one band' }];
  return bands.flatMap((band, i) => {
    const problems: ConventionsProblem[] = [];
    if (typeof band.label !== 'string' || band.label.trim() === '')
      problems.push({ path: `${path}[${i}].label`, message: 'must be a non-empty text' });
    const from = fromProblem(bands, i);
    if (from !== null) problems.push({ path: `${path}[${i}].from`, message: from });
    return problems;
  });
}

function oneOf<T>(value: T, allowed: readonly T[], path: string): ConventionsProblem[] {
  return allowed.includes(value) ? [] : [{ path, message: `must be one of ${allowed.join(', ')}` }];
}

/** Everything malformed in full conventions, by path under `conventions`; [] when they are sound. */
export function conventionsProblems(conventions: Conventions, path = 'conventions'): ConventionsProblem[] {
  const { decimals } = conventions.rounding;
  const decimalsOk = Number.isInteger(decimals) && decimals >= 0 && decimals <= ROUNDING_DECIMALS_MAX;
  return [
    ...oneOf(conventions.lowerIsBetter, LOWER_IS_BETTER_FORMULAS, `${path}.lowerIsBetter`),
    ...oneOf(conventions.rounding.mode, ROUNDING_MODES, `${path}.rounding.mode`),
    ...(decimalsOk
      ? []
      : [
          {
            path: `${path}.rounding.decimals`,
            message: `must be a whole number from 0 to ${ROUNDING_DECIMALS_MAX}`,
          },
        ]),
    ...bandProblems(conventions.achievementBands, `${path}.achievementBands`),
    ...oneOf(conventions.efficiency.method, EFFICIENCY_METHODS, `${path}.efficiency.method`),
    ...bandProblems(conventions.efficiency.bands, `${path}.efficiency.bands`),
  ];
}

export function fiscalYearProblems(year: number, path = 'fromFiscalYear'): ConventionsProblem[] {
  return Number.isInteger(year) && year >= FISCAL_YEAR_MIN && year <= FISCAL_YEAR_MAX
    ? []
    : [{ path, message: `must be a fiscal year from ${FISCAL_YEAR_MIN} to ${FISCAL_YEAR_MAX}` }];
}
