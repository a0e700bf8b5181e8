import { RecordedOf } from '@jejak/projections';
import {
  EvaluationEvent,
  EvaluationRecorded,
  FollowUpPlanned,
  FollowUpProgressReported,
  FollowUpReturned,
  FollowUpVerified,
} from '../domain/evaluation.events';
import {
  openFollowUpRow,
  plannedRow,
  progressRow,
  recordedEvaluationRow,
  returnedRow,
  verifiedRow,
} from './evaluation-records.projection';

// The LHE 2023 of BKPSDM Kota Dumai and its recommendation 1 (fixtures/kota-dumai-bkpsdm-2024.json).
const stream = 'kota-dumai/evaluation-bkpsdm-2023';
const recordedAt = new Date('2024-01-10T02:00:00.000Z');

function recorded<E extends EvaluationEvent>(
  event: E,
  streamPosition: number,
  occurredAt: Date | null = null,
) {
  return {
    ...event,
    id: `${stream}#${streamPosition}`,
    metadata: { tenantId: 'kota-dumai', schemaVersion: 1, source: 'api' },
    tenantId: 'kota-dumai',
    streamId: stream,
    streamPosition,
    position: { commit: 1n, prepare: BigInt(streamPosition + 1) },
    schemaVersion: 1,
    occurredAt,
    recordedAt,
    hash: '00',
  } as unknown as RecordedOf<E>;
}

const recommendation = { number: 1, text: 'Menyusun Rencana Aksi dan Monev Rencana Aksi', component: null };
const lhe = recorded<EvaluationRecorded>(
  {
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
      recommendations: [recommendation],
    },
  },
  0,
  new Date('2023-12-08T00:00:00.000Z'),
);
const planned = recorded<FollowUpPlanned>(
  {
    type: 'FollowUpPlanned',
    data: {
      recommendation: 1,
      action: 'Rencana Aksi telah disusun secara berjenjang',
      expectedOutput: 'Dokumen Rencana Aksi dan Monev Rencana Aksi BKPSDM Kota Dumai Tahun 2024',
      due: '2024-02-05',
      responsibleUnit: 'Sekretariat BKPSDM Kota Dumai',
      unit: null,
    },
  },
  1,
);
const link = {
  kind: 'link' as const,
  url: 'https://drive.google.com/file/d/1YdFFbVXmVDaq32rgwG-9zKyw4cNF8WX7/view',
};
const done = recorded<FollowUpProgressReported>(
  {
    type: 'FollowUpProgressReported',
    data: { recommendation: 1, report: 1, note: null, evidence: link, complete: true },
  },
  2,
);
const verified = recorded<FollowUpVerified>(
  { type: 'FollowUpVerified', data: { recommendation: 1, note: 'Sesuai' } },
  3,
  new Date('2024-02-20T00:00:00.000Z'),
);

describe('the evaluation read model', () => {
  it('keeps the LHE as recorded, with its count of recommendations', () => {
    expect(recordedEvaluationRow(null, lhe)).toMatchObject({
      tenantId: 'kota-dumai',
      agency: 'bkpsdm',
      fiscalYearEvaluated: 2023,
      letterNumber: '700/1320.1/INSP-S',
      issuedOn: '2023-12-08',
      statedScore: null,
      recommendations: 1,
      revision: 0,
    });
  });

  it('opens each recommendation, then follows it: planned, reported with evidence, verified on the approval date', () => {
    const open = openFollowUpRow(null, lhe, recommendation);
    expect(open).toMatchObject({ recommendation: 1, status: 'open', evidence: [], revision: 0 });
    const plannedRowValue = plannedRow(open, planned);
    expect(plannedRowValue).toMatchObject({ status: 'planned', due: '2024-02-05', revision: 1 });
    const reportedRow = progressRow(plannedRowValue, done);
    expect(reportedRow).toMatchObject({ status: 'reported', reports: 1, evidence: [link], revision: 2 });
    expect(verifiedRow(reportedRow, verified)).toMatchObject({
      status: 'verified',
      verifiedAt: new Date('2024-02-20T00:00:00.000Z'),
      verificationNote: 'Sesuai',
      revision: 3,
    });
  });

  it('keeps the note a follow-up is returned with', () => {
    const returned = recorded<FollowUpReturned>(
      { type: 'FollowUpReturned', data: { recommendation: 1, note: 'Lampirkan dokumen' } },
      3,
    );
    const row = progressRow(plannedRow(openFollowUpRow(null, lhe, recommendation), planned), done);
    expect(returnedRow(row, returned)).toMatchObject({
      status: 'returned',
      verificationNote: 'Lampirkan dokumen',
    });
  });

  it('changes nothing when an event is replayed', () => {
    const row = plannedRow(openFollowUpRow(null, lhe, recommendation), planned);
    expect(plannedRow(row, planned)).toBe(row);
    expect(openFollowUpRow(row, lhe, recommendation)).toBe(row);
    const lheRow = recordedEvaluationRow(null, lhe);
    expect(recordedEvaluationRow(lheRow, lhe)).toBe(lheRow);
  });
});
