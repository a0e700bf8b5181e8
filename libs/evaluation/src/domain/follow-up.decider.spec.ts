import { deciderSpec, specMetadata } from '@jejak/testing';
import { PlanFollowUpCommand } from '../plan-follow-up/plan-follow-up.command';
import { ReportFollowUpProgressCommand } from '../report-follow-up-progress/report-follow-up-progress.command';
import { VerifyFollowUpCommand } from '../verify-follow-up/verify-follow-up.command';
import { evaluationDecider } from './evaluation.decider';
import {
  FollowUpAlreadyVerified,
  FollowUpAwaitingVerification,
  FollowUpNotPlanned,
  FollowUpNotReported,
  ReturnNoteRequired,
  UnknownEvaluation,
  UnknownRecommendation,
} from './evaluation.errors';
import {
  EvaluationEvent,
  EvaluationRecorded,
  Evidence,
  FollowUpPlanned,
  FollowUpProgressReported,
} from './evaluation.events';

// The LHE 2023 of BKPSDM Kota Dumai (fixtures/kota-dumai-bkpsdm-2024.json, evaluation): letter
// 700/1320.1/INSP-S of 2023-12-08, and the follow-up of its recommendation 2 (SK IKI) as Tabel 1.1 prints it.
const dumai = { tenantId: 'kota-dumai', agency: 'bkpsdm', fiscalYearEvaluated: 2023 };
const spec = deciderSpec(evaluationDecider);
const meta = () => specMetadata();

const lheRecorded: EvaluationRecorded = {
  type: 'EvaluationRecorded',
  data: {
    letterNumber: '700/1320.1/INSP-S',
    issuedOn: '2023-12-08',
    evaluator: 'Inspektorat Kota Dumai',
    rubric: 'permenpanrb-88-2021',
    components: [],
    total: null,
    grade: null,
    stated: { score: null, grade: null },
    discrepancies: [],
    recommendations: [
      {
        number: 1,
        text: 'Menyusun Rencana Aksi dan Monev Rencana Aksi atas Perjanjian Kinerja (PK)',
        component: null,
      },
      {
        number: 2,
        text: 'Menyusun SK IKI dilengkapi dengan definisi operasional yang jelas',
        component: null,
      },
    ],
  },
};

const plan = {
  action: 'SK IKI telah disusun dilengkapi dengan definisi operasional yang jelas',
  expectedOutput: 'Surat Keputusan Indikator Kinerja Individu BKPSDM Kota Dumai Tahun 2024',
  due: '2024-02-05',
  responsibleUnit: 'Sekretariat BKPSDM Kota Dumai',
  unit: null,
};
const planFollowUp = (recommendation = 2, changes: Partial<typeof plan> = {}) =>
  new PlanFollowUpCommand({ ...dumai, recommendation, ...plan, ...changes }, meta());
const planned: FollowUpPlanned = { type: 'FollowUpPlanned', data: { recommendation: 2, ...plan } };

const link: Evidence = {
  kind: 'link',
  url: 'https://drive.google.com/file/d/1ZhmxmVGBIGBZ6jYv0IU7IXoRv4n-CkX/view',
};
const progress = (complete: boolean, note: string | null = 'Draf SK IKI', evidence: Evidence | null = null) =>
  new ReportFollowUpProgressCommand({ ...dumai, recommendation: 2, note, evidence, complete }, meta());
const reported = (
  report: number,
  complete: boolean,
  note: string | null = 'Draf SK IKI',
  evidence: Evidence | null = null,
): FollowUpProgressReported => ({
  type: 'FollowUpProgressReported',
  data: { recommendation: 2, report, note, evidence, complete },
});
const done = reported(2, true, 'SK IKI ditetapkan', link);

const verify = (outcome: 'accepted' | 'returned', note: string | null = null) =>
  new VerifyFollowUpCommand({ ...dumai, recommendation: 2, outcome, note }, meta());
const returnNote = 'Lampirkan SK yang sudah ditandatangani';
const returned: EvaluationEvent = { type: 'FollowUpReturned', data: { recommendation: 2, note: returnNote } };
const verified: EvaluationEvent = { type: 'FollowUpVerified', data: { recommendation: 2, note: null } };

describe("a recommendation's follow-up", () => {
  it('is planned by the agency: action, expected output, due date, responsible unit', () => {
    spec.given([lheRecorded]).when(planFollowUp()).then([planned]);
  });

  it('needs its LHE and its recommendation (404s)', () => {
    spec.given([]).when(planFollowUp()).thenThrows(UnknownEvaluation, 'EVALUATION.UNKNOWN_EVALUATION');
    spec.given([lheRecorded]).when(planFollowUp(3)).thenThrows(UnknownRecommendation);
  });

  it('records nothing when a plan already on record comes again; a revised plan is recorded', () => {
    spec.given([lheRecorded, planned]).when(planFollowUp()).thenNothing();
    spec
      .given([lheRecorded, planned])
      .when(planFollowUp(2, { due: '2024-03-01' }))
      .then([{ type: 'FollowUpPlanned', data: { recommendation: 2, ...plan, due: '2024-03-01' } }]);
  });

  it('reports no progress before it is planned', () => {
    spec.given([lheRecorded]).when(progress(false)).thenThrows(FollowUpNotPlanned, 'FOLLOW_UP.NOT_PLANNED');
  });

  it('goes in progress with a report, and is reported done with a complete one, each numbered', () => {
    spec
      .given([lheRecorded, planned])
      .when(progress(false))
      .then([reported(1, false)]);
    spec
      .given([lheRecorded, planned, reported(1, false)])
      .when(progress(true, 'SK IKI ditetapkan', link))
      .then([done]);
  });

  it('records nothing when a report already on record comes again (a re-import)', () => {
    spec
      .given([lheRecorded, planned, reported(1, false), done])
      .when(progress(false))
      .thenNothing();
  });
});

describe('a follow-up reported done', () => {
  const given = [lheRecorded, planned, reported(1, false), done];

  it('awaits verification: no new plan, no new report', () => {
    spec
      .given(given)
      .when(planFollowUp(2, { due: '2024-04-01' }))
      .thenThrows(FollowUpAwaitingVerification);
    spec.given(given).when(progress(false, 'Revisi')).thenThrows(FollowUpAwaitingVerification);
  });

  it('is verified by the inspectorate', () => {
    spec.given(given).when(verify('accepted')).then([verified]);
  });

  it('is returned with a note, and only with one', () => {
    spec.given(given).when(verify('returned', returnNote)).then([returned]);
    spec
      .given(given)
      .when(verify('returned', '  '))
      .thenThrows(ReturnNoteRequired, 'FOLLOW_UP.NOTE_REQUIRED');
  });
});

describe('a returned follow-up', () => {
  const given = [lheRecorded, planned, reported(1, false), done, returned];

  it('goes in progress again with a new report', () => {
    spec
      .given(given)
      .when(progress(false, 'SK sedang ditandatangani'))
      .then([reported(3, false, 'SK sedang ditandatangani')]);
  });

  it('is not verified until reported done again', () => {
    spec.given(given).when(verify('accepted')).thenThrows(FollowUpNotReported, 'FOLLOW_UP.NOT_REPORTED');
  });

  it('records nothing when returned again with the same note', () => {
    spec.given(given).when(verify('returned', returnNote)).thenNothing();
  });
});

describe('a verified follow-up', () => {
  const given = [lheRecorded, planned, done, verified];

  it('records nothing when accepted again (an approval applied twice)', () => {
    spec.given(given).when(verify('accepted')).thenNothing();
  });

  it('is closed: no return, no new plan, no new report', () => {
    spec.given(given).when(verify('returned', returnNote)).thenThrows(FollowUpAlreadyVerified);
    spec
      .given(given)
      .when(planFollowUp(2, { action: 'Lain' }))
      .thenThrows(FollowUpAlreadyVerified);
    spec
      .given(given)
      .when(progress(false, 'Lain'))
      .thenThrows(FollowUpAlreadyVerified, 'FOLLOW_UP.ALREADY_VERIFIED');
  });
});

describe('a follow-up not reported done', () => {
  it('is neither verified nor returned', () => {
    spec
      .given([lheRecorded, planned, reported(1, false)])
      .when(verify('accepted'))
      .thenThrows(FollowUpNotReported);
    spec.given([lheRecorded, planned]).when(verify('returned', returnNote)).thenThrows(FollowUpNotReported);
  });
});
