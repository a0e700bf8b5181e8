import { deciderSpec, specMetadata } from '@jejak/testing';
import { RecordEvaluationCommand } from '../record-evaluation/record-evaluation.command';
import { RecordEvaluationData, evaluationDecider } from './evaluation.decider';
import {
  ComponentScoreAboveWeight,
  DuplicateComponent,
  EvaluationAlreadyRecorded,
  InvalidEvaluationValue,
  ScoreOutOfRange,
  UnknownComponent,
  UnknownRubric,
} from './evaluation.errors';
import { EvaluationRecorded } from './evaluation.events';

// The LHE TA 2019 of BKPSDM Kota Bontang (fixtures/kota-bontang-bkpsdm-2020.json and its notes,
// 21–23): 700/1481/ITDA.03 of 2020-08-19, five components 30/25/15/10/20, printed total 71,31 BB.
const bontang = { tenantId: 'kota-bontang', agency: 'bkpsdm', fiscalYearEvaluated: 2019 };
const spec = deciderSpec(evaluationDecider);

const scores: [string, string][] = [
  ['perencanaan', '25.82'],
  ['pengukuran', '17.19'],
  ['pelaporan', '11.9'],
  ['evaluasi-internal', '7.44'],
  ['capaian', '8.97'],
];

function lhe(overrides: Partial<RecordEvaluationData> = {}): RecordEvaluationData {
  return {
    ...bontang,
    letterNumber: '700/1481/ITDA.03',
    issuedOn: '2020-08-19',
    evaluator: 'Inspektorat Daerah Kota Bontang',
    rubric: 'permenpanrb-12-2015',
    components: scores.map(([component, score]) => ({ component, score })),
    stated: { score: '71.31', grade: 'BB' },
    recommendations: [
      {
        text: 'Dalam menyusun indikator kinerja pada Perjanjian Kinerja disesuaikan dengan core business-nya;',
        component: 'perencanaan',
      },
      {
        text: 'Target Kinerja yang diperjanjikan agar digunakan untuk mengukur keberhasilan.',
        component: null,
      },
    ],
    ...overrides,
  };
}

const record = (data: RecordEvaluationData) =>
  new RecordEvaluationCommand(data, specMetadata({ tenantId: data.tenantId }));

const recorded: EvaluationRecorded = {
  type: 'EvaluationRecorded',
  data: {
    letterNumber: '700/1481/ITDA.03',
    issuedOn: '2020-08-19',
    evaluator: 'Inspektorat Daerah Kota Bontang',
    rubric: 'permenpanrb-12-2015',
    components: [
      { component: 'perencanaan', name: 'Perencanaan Kinerja', weight: '30', score: '25.82' },
      { component: 'pengukuran', name: 'Pengukuran Kinerja', weight: '25', score: '17.19' },
      { component: 'pelaporan', name: 'Pelaporan Kinerja', weight: '15', score: '11.9' },
      { component: 'evaluasi-internal', name: 'Evaluasi Internal', weight: '10', score: '7.44' },
      { component: 'capaian', name: 'Pencapaian Sasaran/Kinerja Organisasi', weight: '20', score: '8.97' },
    ],
    total: '71.32',
    grade: 'BB',
    stated: { score: '71.31', grade: 'BB' },
    discrepancies: ['TOTAL_DIFFERS'],
    recommendations: [
      {
        number: 1,
        text: 'Dalam menyusun indikator kinerja pada Perjanjian Kinerja disesuaikan dengan core business-nya;',
        component: 'perencanaan',
      },
      {
        number: 2,
        text: 'Target Kinerja yang diperjanjikan agar digunakan untuk mengukur keberhasilan.',
        component: null,
      },
    ],
  },
};

describe('an LHE not yet recorded', () => {
  it('is recorded with the total of its components and the grade of that total, keeping the printed total beside it, flagged', () => {
    spec.given([]).when(record(lhe())).then([recorded]);
  });

  it('is graded from its bands, whatever grade is printed: a printed A beside 71,32 is flagged', () => {
    const [event] = evaluationDecider.decide(record(lhe({ stated: { score: null, grade: 'A' } })), {
      evaluation: null,
      followUps: {},
    }) as EvaluationRecorded[];
    expect([event.data.grade, event.data.discrepancies]).toEqual(['BB', ['GRADE_DIFFERS']]);
  });

  it('is graded A at exactly 90,00 and AA at 90,01 (PermenPAN-RB 88/2021, 30/30/15/25)', () => {
    const of = (evaluasi: string) =>
      (
        evaluationDecider.decide(
          record(
            lhe({
              rubric: 'permenpanrb-88-2021',
              components: [
                { component: 'perencanaan', score: '27' },
                { component: 'pengukuran', score: '27' },
                { component: 'pelaporan', score: '13.5' },
                { component: 'evaluasi-internal', score: evaluasi },
              ],
              stated: { score: null, grade: null },
              recommendations: [],
            }),
          ),
          evaluationDecider.initialState(),
        )[0] as EvaluationRecorded
      ).data;
    expect([of('22.5').total, of('22.5').grade]).toEqual(['90.00', 'A']);
    expect([of('22.51').total, of('22.51').grade]).toEqual(['90.01', 'AA']);
  });

  it('has no total while a component is unscored, and is graded from the printed score', () => {
    const partial = lhe({ components: [{ component: 'perencanaan', score: '25.82' }] });
    const [event] = evaluationDecider.decide(
      record(partial),
      evaluationDecider.initialState(),
    ) as EvaluationRecorded[];
    expect([event.data.total, event.data.grade, event.data.discrepancies]).toEqual([null, 'BB', []]);
  });

  it('may carry no score at all (Kota Dumai’s LHE 2023 prints only recommendations)', () => {
    const dumai = lhe({
      rubric: 'permenpanrb-88-2021',
      components: [],
      stated: { score: null, grade: null },
    });
    const [event] = evaluationDecider.decide(
      record(dumai),
      evaluationDecider.initialState(),
    ) as EvaluationRecorded[];
    expect([event.data.total, event.data.grade, event.data.components]).toEqual([null, null, []]);
  });

  it('lists its components in the rubric’s order, whatever the order given', () => {
    spec
      .given([])
      .when(record(lhe({ components: [...lhe().components].reverse() })))
      .then([recorded]);
  });

  it('refuses a component score above its weight (Evaluasi Internal weighs 10)', () => {
    const over = lhe({ components: [{ component: 'evaluasi-internal', score: '10.01' }] });
    spec.given([]).when(record(over)).thenThrows(ComponentScoreAboveWeight, 'EVALUATION.SCORE_ABOVE_WEIGHT');
  });

  it('refuses a component the rubric does not have (Capaian is not a component of 88/2021)', () => {
    const wrong = lhe({ rubric: 'permenpanrb-88-2021' });
    spec.given([]).when(record(wrong)).thenThrows(UnknownComponent, 'EVALUATION.UNKNOWN_COMPONENT');
  });

  it('refuses a component scored twice', () => {
    const twice = lhe({
      components: [
        { component: 'pelaporan', score: '1' },
        { component: 'pelaporan', score: '2' },
      ],
    });
    spec.given([]).when(record(twice)).thenThrows(DuplicateComponent, 'EVALUATION.DUPLICATE_COMPONENT');
  });

  it('refuses a recommendation about a component the rubric does not have', () => {
    const wrong = lhe({ recommendations: [{ text: 'Perbaiki', component: 'anggaran' }] });
    spec.given([]).when(record(wrong)).thenThrows(UnknownComponent);
  });

  it('refuses a printed score above 100 or a malformed one, and an unknown rubric', () => {
    spec
      .given([])
      .when(record(lhe({ stated: { score: '100.5', grade: null } })))
      .thenThrows(ScoreOutOfRange);
    spec
      .given([])
      .when(record(lhe({ stated: { score: '7,1', grade: null } })))
      .thenThrows(InvalidEvaluationValue);
    spec
      .given([])
      .when(record(lhe({ rubric: 'permenpanrb-1-1999' })))
      .thenThrows(UnknownRubric);
  });
});

describe('a recorded LHE', () => {
  it('records nothing when the same LHE comes again (a re-import), even spelt differently', () => {
    const respelt = lhe({
      components: scores.map(([component, score]) => ({ component, score: `${score}0` })),
    });
    spec.given([recorded]).when(record(respelt)).thenNothing();
  });

  it('refuses a different LHE for the same agency and year', () => {
    spec
      .given([recorded])
      .when(record(lhe({ letterNumber: '700/9999/ITDA.03' })))
      .thenThrows(EvaluationAlreadyRecorded, 'EVALUATION.ALREADY_RECORDED');
  });
});

describe('an LHE read back from the store', () => {
  it('equals the same LHE again, whatever order its keys come back in (jsonb reorders them)', () => {
    const backwards = Object.fromEntries(
      Object.entries(recorded.data).reverse(),
    ) as EvaluationRecorded['data'];
    spec
      .given([{ type: 'EvaluationRecorded', data: backwards }])
      .when(record(lhe()))
      .thenNothing();
  });
});
