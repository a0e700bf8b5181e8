import { DecimalInput, Rounding, dec, round } from '@jejak/measurement';
import { ScoreOutOfRange, UnknownRubric } from './evaluation.errors';

/** The grades of an LHE, best first (DOMAIN.md, "Evaluation and follow-up"). */
export type Grade = 'AA' | 'A' | 'BB' | 'B' | 'CC' | 'C' | 'D';
export const GRADES: readonly Grade[] = ['AA', 'A', 'BB', 'B', 'CC', 'C', 'D'];

export interface RubricComponent {
  /** Stable code events and DTOs use (`perencanaan`). */
  readonly code: string;
  readonly name: string;
  /** Other spellings reports print for it ("Evaluasi Internal"), matched on import. */
  readonly aliases: readonly string[];
  /** The most the component scores: its share of 100. */
  readonly weight: string;
}

/** A grade and its band: above `above` (exclusive; null: from 0, inclusive) up to the next band's bound. */
export interface GradeBand {
  readonly grade: Grade;
  readonly label: string;
  readonly above: number | null;
}

/**
 * An evaluation rubric (pedoman evaluasi), as data: its components and weights, its grade bands
 * and how a score is rounded before it is graded. A version is never edited: a change of rule
 * is a new version, and an LHE names the version it was scored under.
 */
export interface Rubric {
  readonly version: string;
  readonly title: string;
  readonly components: readonly RubricComponent[];
  /** Best first: the first band the rounded score lies above is the grade. */
  readonly grades: readonly GradeBand[];
  readonly rounding: Rounding;
  /** The first fiscal year (evaluated) it applies to, when an LHE names no rubric. */
  readonly appliesFrom: number;
}

// AA > 90–100 … D 0–30: the same bands in PermenPAN-RB 88/2021 and in the seed's older table
// (lkjip-kota-bontang-bkpsdm-2020.txt, "AA (Sangat Memuaskan) (> 90 - 100)" …).
const GRADE_BANDS: readonly GradeBand[] = [
  { grade: 'AA', label: 'Sangat Memuaskan', above: 90 },
  { grade: 'A', label: 'Memuaskan', above: 80 },
  { grade: 'BB', label: 'Sangat Baik', above: 70 },
  { grade: 'B', label: 'Baik', above: 60 },
  { grade: 'CC', label: 'Cukup', above: 50 },
  { grade: 'C', label: 'Kurang', above: 30 },
  { grade: 'D', label: 'Sangat Kurang', above: null },
];

const component = (code: string, name: string, weight: string, aliases: string[] = []): RubricComponent => ({
  code,
  name,
  weight,
  aliases,
});

/** PermenPAN-RB 88/2021: the default rubric. */
export const PERMENPANRB_88_2021: Rubric = {
  version: 'permenpanrb-88-2021',
  title: 'PermenPAN-RB Nomor 88 Tahun 2021 tentang Evaluasi Akuntabilitas Kinerja Instansi Pemerintah',
  components: [
    component('perencanaan', 'Perencanaan Kinerja', '30'),
    component('pengukuran', 'Pengukuran Kinerja', '30'),
    component('pelaporan', 'Pelaporan Kinerja', '15'),
    component('evaluasi-internal', 'Evaluasi Akuntabilitas Kinerja Internal', '25', ['Evaluasi Internal']),
  ],
  grades: GRADE_BANDS,
  rounding: { mode: 'half-up', decimals: 2 },
  appliesFrom: 2021,
};

/**
 * The rubric of the seed's LHE of TA 2019 (Kota Bontang, 700/1481/ITDA.03): five components,
 * 30/25/15/10/20, the weights of PermenPAN-RB 12/2015.
 */
export const PERMENPANRB_12_2015: Rubric = {
  version: 'permenpanrb-12-2015',
  title: 'PermenPAN-RB Nomor 12 Tahun 2015 tentang Pedoman Evaluasi atas Implementasi SAKIP',
  components: [
    component('perencanaan', 'Perencanaan Kinerja', '30'),
    component('pengukuran', 'Pengukuran Kinerja', '25'),
    component('pelaporan', 'Pelaporan Kinerja', '15'),
    component('evaluasi-internal', 'Evaluasi Internal', '10', ['Evaluasi Akuntabilitas Kinerja Internal']),
    component('capaian', 'Pencapaian Sasaran/Kinerja Organisasi', '20', ['Capaian Kinerja']),
  ],
  grades: GRADE_BANDS,
  rounding: { mode: 'half-up', decimals: 2 },
  appliesFrom: 2015,
};

export const DEFAULT_RUBRIC = PERMENPANRB_88_2021;
/** Every rubric version, newest first. */
export const RUBRICS: readonly Rubric[] = [PERMENPANRB_88_2021, PERMENPANRB_12_2015];

export function rubricOf(version: string): Rubric {
  const rubric = RUBRICS.find((r) => r.version === version);
  if (!rubric) throw new UnknownRubric(version);
  return rubric;
}

/** The rubric in force for an LHE of `fiscalYearEvaluated` that names none: the newest that applies. */
export const rubricForYear = (fiscalYearEvaluated: number): Rubric =>
  RUBRICS.find((r) => r.appliesFrom <= fiscalYearEvaluated) ?? RUBRICS[RUBRICS.length - 1];

const normalName = (name: string): string => name.trim().replace(/\s+/g, ' ').toLowerCase();

/** The rubric's component a report names (by its name or an alias, case and spacing aside); undefined if none. */
export function componentNamed(rubric: Rubric, name: string): RubricComponent | undefined {
  const wanted = normalName(name);
  return rubric.components.find((c) => [c.name, ...c.aliases].some((n) => normalName(n) === wanted));
}

/**
 * The rubric a list of components as printed (name, weight) was scored under: the first whose
 * components they all name with the same weights; for no components, the one for the year.
 * Null when none fits.
 */
export function rubricMatching(
  printed: readonly { readonly name: string; readonly weight?: number | string | null }[],
  fiscalYearEvaluated: number,
): Rubric | null {
  if (printed.length === 0) return rubricForYear(fiscalYearEvaluated);
  const fits = (rubric: Rubric) =>
    printed.every((p) => {
      const c = componentNamed(rubric, p.name);
      return c !== undefined && (p.weight === null || p.weight === undefined || dec(p.weight).eq(c.weight));
    });
  return RUBRICS.find(fits) ?? null;
}

/** A score on the rubric's scale (0–100), rounded as the rubric states; outside it, refused. */
export function roundedScore(score: DecimalInput, rubric: Rubric, field = 'score'): string {
  const value = dec(score);
  if (value.lt(0) || value.gt(100)) throw new ScoreOutOfRange(value.toFixed(), field);
  return round(value, rubric.rounding);
}

/**
 * The grade of a score: rounded as the rubric states (2 decimals, half up), then the first band
 * whose exclusive lower bound it lies above — exactly 90.00 is A, 90.01 is AA, 0 is D. A score
 * below 0 or above 100 is refused.
 */
export function gradeFor(score: DecimalInput, rubric: Rubric = DEFAULT_RUBRIC): Grade {
  const rounded = dec(roundedScore(score, rubric));
  const band = rubric.grades.find((b) => b.above === null || rounded.gt(b.above));
  // The last band has no bound: a score within 0–100 always finds one.
  return (band ?? rubric.grades[rubric.grades.length - 1]).grade;
}

/** The LHE's total: the sum of the component scores, rounded as the rubric states. */
export function totalOf(
  components: readonly { readonly score: DecimalInput }[],
  rubric: Rubric = DEFAULT_RUBRIC,
): string {
  const sum = components.reduce((total, c) => total.plus(dec(c.score)), dec(0));
  return roundedScore(sum, rubric, 'components');
}
