/** How a tenant measures (interchange README, "conventions"); versioned by fiscal year. */
export type LowerIsBetterFormula = 'two-target-minus-realization' | 'target-over-realization';
export type RoundingMode = 'half-up' | 'truncate';
export type EfficiencyMethod = 'ratio' | 'difference';

export interface Rounding {
  readonly mode: RoundingMode;
  readonly decimals: number;
}

/** `from` is an inclusive lower bound; null means no bound (the bottom band). */
export interface Band {
  readonly from: number | null;
  readonly label: string;
}

export interface Conventions {
  readonly lowerIsBetter: LowerIsBetterFormula;
  readonly rounding: Rounding;
  /** In order, descending: the first band that fits wins. */
  readonly achievementBands: readonly Band[];
  readonly efficiency: { readonly method: EfficiencyMethod; readonly bands: readonly Band[] };
}

/** What a document or a tenant setting may state; every part left out keeps the default. */
export interface ConventionsInput {
  readonly lowerIsBetter?: LowerIsBetterFormula;
  readonly rounding?: Partial<Rounding>;
  readonly achievementBands?: readonly Band[];
  readonly efficiency?: { readonly method?: EfficiencyMethod; readonly bands?: readonly Band[] };
}

/** Conventions in force from `fromFiscalYear` on; `version` is what every computed number cites. */
export interface VersionedConventions {
  readonly version: number;
  readonly fromFiscalYear: number;
  readonly conventions: Conventions;
}

/** The defaults of the interchange README. */
export const DEFAULT_CONVENTIONS: Conventions = {
  lowerIsBetter: 'two-target-minus-realization',
  rounding: { mode: 'half-up', decimals: 2 },
  achievementBands: [
    { from: 85, label: 'Sangat Berhasil' },
    { from: 70, label: 'Berhasil' },
    { from: 55, label: 'Cukup Berhasil' },
    { from: null, label: 'Tidak Berhasil' },
  ],
  efficiency: {
    method: 'ratio',
    bands: [
      { from: 1, label: 'Efisien' },
      { from: null, label: 'Tidak Efisien' },
    ],
  },
};

/** Version 0: the platform defaults, in force for a tenant that has stated no conventions yet. */
export const PLATFORM_DEFAULT_VERSION: VersionedConventions = {
  version: 0,
  fromFiscalYear: 0,
  conventions: DEFAULT_CONVENTIONS,
};

export function mergeConventions(partial?: ConventionsInput | null): Conventions {
  const d = DEFAULT_CONVENTIONS;
  return {
    lowerIsBetter: partial?.lowerIsBetter ?? d.lowerIsBetter,
    rounding: {
      mode: partial?.rounding?.mode ?? d.rounding.mode,
      decimals: partial?.rounding?.decimals ?? d.rounding.decimals,
    },
    achievementBands: partial?.achievementBands ?? d.achievementBands,
    efficiency: {
      method: partial?.efficiency?.method ?? d.efficiency.method,
      bands: partial?.efficiency?.bands ?? d.efficiency.bands,
    },
  };
}

/**
 * The version in force for fiscal year `year`: the latest `fromFiscalYear` ≤ year (a later
 * version wins a tie), so importing an earlier year never changes a later year's numbers.
 */
export function conventionsFor(
  year: number,
  versions: readonly VersionedConventions[],
): VersionedConventions {
  const candidates = versions.filter((v) => v.fromFiscalYear <= year);
  return candidates.reduce<VersionedConventions>(
    (best, v) =>
      v.fromFiscalYear > best.fromFiscalYear ||
      (v.fromFiscalYear === best.fromFiscalYear && v.version > best.version)
        ? v
        : best,
    PLATFORM_DEFAULT_VERSION,
  );
}

/** Functions accept bare conventions (no version to cite) or a version of them. */
export type ConventionsSource = Conventions | VersionedConventions;

export function resolveConventions(source: ConventionsSource): {
  conventions: Conventions;
  version: number | null;
} {
  return 'conventions' in source
    ? { conventions: source.conventions, version: source.version }
    : { conventions: source, version: null };
}
