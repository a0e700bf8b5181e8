import { ScoreOutOfRange, UnknownRubric } from './evaluation.errors';
import {
  DEFAULT_RUBRIC,
  PERMENPANRB_12_2015,
  PERMENPANRB_88_2021,
  componentNamed,
  gradeFor,
  rubricForYear,
  rubricMatching,
  rubricOf,
  totalOf,
} from './rubric';

// Grades of DOMAIN.md ("Evaluation and follow-up"): AA > 90–100, A > 80–90, BB > 70–80,
// B > 60–70, CC > 50–60, C > 30–50, D 0–30; lower bounds exclusive, scores rounded to 2 decimals half up.
describe('the grade of a score (PermenPAN-RB 88/2021)', () => {
  it.each([
    ['100', 'AA'],
    ['90.01', 'AA'],
    ['90', 'A'],
    ['80.01', 'A'],
    ['80', 'BB'],
    ['70.01', 'BB'],
    ['70', 'B'],
    ['60.01', 'B'],
    ['60', 'CC'],
    ['50.01', 'CC'],
    ['50', 'C'],
    ['30.01', 'C'],
    ['30', 'D'],
    ['0.01', 'D'],
    ['0', 'D'],
  ])('grades %s as %s: a band starts just above its lower bound', (score, grade) => {
    expect(gradeFor(score)).toBe(grade);
  });

  it('grades the rounded score: 90.004 rounds to 90.00 (A), 90.005 half up to 90.01 (AA)', () => {
    expect(gradeFor('90.004')).toBe('A');
    expect(gradeFor('90.005')).toBe('AA');
  });

  it('takes JSON numbers and decimal strings alike', () => {
    expect(gradeFor(71.31)).toBe('BB');
    expect(gradeFor('062.65')).toBe('B');
  });

  it('refuses a score above 100', () => {
    expect(() => gradeFor('100.01')).toThrow(ScoreOutOfRange);
    expect(() => gradeFor(101)).toThrow(ScoreOutOfRange);
  });

  it('refuses a negative score', () => {
    expect(() => gradeFor('-0.01')).toThrow(ScoreOutOfRange);
  });

  it('grades the seed’s LHE TA 2019 (71,31) BB and the one before (62,65) B', () => {
    expect(gradeFor('71.31', PERMENPANRB_12_2015)).toBe('BB');
    expect(gradeFor('62.65', PERMENPANRB_12_2015)).toBe('B');
  });
});

describe('the total of an LHE', () => {
  it('adds the component scores in decimals: the seed’s 25,82 + 17,19 + 11,90 + 7,44 + 8,97 = 71,32', () => {
    const scores = ['25.82', '17.19', '11.9', '7.44', '8.97'].map((score) => ({ score }));
    expect(totalOf(scores, PERMENPANRB_12_2015)).toBe('71.32');
  });

  it('never carries binary float noise: 0,1 + 0,2 = 0,30', () => {
    expect(totalOf([{ score: 0.1 }, { score: 0.2 }])).toBe('0.30');
  });

  it('rounds as the rubric states (2 decimals, half up)', () => {
    expect(totalOf([{ score: '30' }, { score: '30' }, { score: '15' }, { score: '15.005' }])).toBe('90.01');
  });

  it('refuses a total above 100', () => {
    expect(() => totalOf([{ score: '60' }, { score: '40.01' }])).toThrow(ScoreOutOfRange);
  });
});

describe('the rubrics', () => {
  it('weigh 30/30/15/25 under PermenPAN-RB 88/2021, the default', () => {
    expect(DEFAULT_RUBRIC).toBe(PERMENPANRB_88_2021);
    expect(PERMENPANRB_88_2021.components.map((c) => [c.name, c.weight])).toEqual([
      ['Perencanaan Kinerja', '30'],
      ['Pengukuran Kinerja', '30'],
      ['Pelaporan Kinerja', '15'],
      ['Evaluasi Akuntabilitas Kinerja Internal', '25'],
    ]);
  });

  it('weigh 30/25/15/10/20 in the older one the seed shows', () => {
    expect(PERMENPANRB_12_2015.components.map((c) => c.weight)).toEqual(['30', '25', '15', '10', '20']);
  });

  it('each add up to 100', () => {
    for (const rubric of [PERMENPANRB_88_2021, PERMENPANRB_12_2015])
      expect(
        totalOf(
          rubric.components.map((c) => ({ score: c.weight })),
          rubric,
        ),
      ).toBe('100.00');
  });

  it('are found by version, and an unknown version is refused', () => {
    expect(rubricOf('permenpanrb-12-2015')).toBe(PERMENPANRB_12_2015);
    expect(() => rubricOf('permenpanrb-99-2030')).toThrow(UnknownRubric);
  });

  it('apply by the fiscal year evaluated when an LHE names none', () => {
    expect(rubricForYear(2023)).toBe(PERMENPANRB_88_2021);
    expect(rubricForYear(2019)).toBe(PERMENPANRB_12_2015);
  });

  it('are recognised from the components a report prints, names and weights (fixture Bontang 2020)', () => {
    const printed = [
      { name: 'Perencanaan Kinerja', weight: 30 },
      { name: 'Pengukuran Kinerja', weight: 25 },
      { name: 'Pelaporan Kinerja', weight: 15 },
      { name: 'Evaluasi Internal', weight: 10 },
      { name: 'Pencapaian Sasaran/Kinerja Organisasi', weight: 20 },
    ];
    expect(rubricMatching(printed, 2019)).toBe(PERMENPANRB_12_2015);
    expect(rubricMatching([{ name: 'Pengukuran Kinerja', weight: 30 }], 2019)).toBe(PERMENPANRB_88_2021);
    expect(rubricMatching([{ name: 'Pengukuran Kinerja', weight: 35 }], 2019)).toBeNull();
    expect(rubricMatching([], 2023)).toBe(PERMENPANRB_88_2021);
  });

  it('match a component by name or alias, whatever the case and spacing', () => {
    expect(componentNamed(PERMENPANRB_88_2021, '  evaluasi   internal ')?.code).toBe('evaluasi-internal');
    expect(componentNamed(PERMENPANRB_88_2021, 'Capaian Kinerja')).toBeUndefined();
  });
});
