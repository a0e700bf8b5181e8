import { recordedEvent } from '@jejak/testing';
import {
  BudgetAllocated,
  BudgetRealized,
  RealizationCorrected,
  RealizationEvent,
  RealizationReported,
} from '../domain/realization.events';
import {
  allocatedLine,
  correctedRow,
  realizationLedgerProjection,
  realizedLine,
  reportedRow,
} from './realization-ledger.projection';

// BKPSDM Kota Dumai 2024 (fixtures/kota-dumai-bkpsdm-2024.json and its notes).
const stream = 'kota-dumai/realization-bkpsdm-2024';
const recordedAt = new Date('2025-01-15T02:00:00.000Z');
const ledger = { tenantId: 'kota-dumai', agency: 'bkpsdm', fiscalYear: 2024 };

const recorded = <E extends RealizationEvent>(
  event: E,
  streamPosition: number,
  occurredAt: Date | null = null,
) => recordedEvent(event, { tenantId: 'kota-dumai', stream, streamPosition, recordedAt, occurredAt });

const meritReported = recorded<RealizationReported>(
  {
    type: 'RealizationReported',
    data: {
      indicator: 'S1.1',
      period: 'FY',
      measurement: { kind: 'value', value: '254' },
      source: 'KASN',
      unit: 'bidang-pengembangan-penilaian-kinerja-penghargaan',
    },
  },
  0,
);
const meritCorrected = recorded<RealizationCorrected>(
  {
    type: 'RealizationCorrected',
    data: {
      indicator: 'S1.1',
      period: 'FY',
      measurement: { kind: 'value', value: '279' },
      source: 'KASN',
      reason: 'Nilai sementara diganti hasil penilaian KASN',
    },
  },
  1,
  new Date('2025-01-10T00:00:00.000Z'),
);

describe('the realizations of the ledger', () => {
  it('hold a reported value, raw, at the stream revision', () => {
    expect(reportedRow(null, meritReported)).toEqual({
      ...ledger,
      indicator: 'S1.1',
      period: 'FY',
      kind: 'value',
      value: '254',
      numerator: null,
      denominator: null,
      source: 'KASN',
      unit: 'bidang-pengembangan-penilaian-kinerja-penghargaan',
      corrected: false,
      correctionReason: null,
      occurredAt: null,
      recordedAt,
      revision: 0,
    });
  });

  it('keep a ratio as its numerator and denominator, not × 100', () => {
    const p11 = recorded<RealizationReported>(
      {
        type: 'RealizationReported',
        data: {
          indicator: 'P1.1',
          period: 'Q2',
          measurement: { kind: 'ratio', numerator: '1452', denominator: '1693' },
          source: null,
          unit: null,
        },
      },
      0,
    );
    expect(reportedRow(null, p11)).toMatchObject({
      kind: 'ratio',
      value: null,
      numerator: '1452',
      denominator: '1693',
    });
  });

  it('keep pending as pending, with no value (not zero)', () => {
    const k32 = recorded<RealizationReported>(
      {
        type: 'RealizationReported',
        data: { indicator: 'K3.2', period: 'FY', measurement: { kind: 'pending' }, source: null, unit: null },
      },
      0,
    );
    expect(reportedRow(null, k32)).toMatchObject({
      kind: 'pending',
      value: null,
      numerator: null,
      denominator: null,
    });
  });

  it('show a correction in place of the value, flagged corrected with its reason', () => {
    const row = correctedRow(reportedRow(null, meritReported), meritCorrected);
    expect(row).toMatchObject({
      value: '279',
      corrected: true,
      correctionReason: 'Nilai sementara diganti hasil penilaian KASN',
      unit: 'bidang-pengembangan-penilaian-kinerja-penghargaan',
      occurredAt: new Date('2025-01-10T00:00:00.000Z'),
      revision: 1,
    });
  });

  it('change nothing when an event is replayed', () => {
    const row = correctedRow(reportedRow(null, meritReported), meritCorrected);
    expect(reportedRow(row, meritReported)).toBe(row);
    expect(correctedRow(row, meritCorrected)).toBe(row);
  });
});

describe('the budget lines of the ledger', () => {
  const mutasi = '5.03.02.2.02.0001';
  const allocated = (allocation: string, basis: string, position: number) =>
    recorded<BudgetAllocated>(
      { type: 'BudgetAllocated', data: { code: mutasi, level: 'subActivity', allocation, basis } },
      position,
    );
  const realized = (period: 'Q2' | 'FY', amount: string, position: number) =>
    recorded<BudgetRealized>(
      { type: 'BudgetRealized', data: { code: mutasi, period, realized: amount, physicalProgress: '100' } },
      position,
    );

  it('show the ceiling in force: the DPPA replaces the DPA', () => {
    const row = allocatedLine(
      allocatedLine(null, allocated('99916924', 'DPA 2024', 0)),
      allocated('199906524', 'DPPA 2024', 1),
    );
    expect(row).toEqual({
      ...ledger,
      code: mutasi,
      level: 'subActivity',
      allocation: '199906524',
      basis: 'DPPA 2024',
      realized: null,
      physicalProgress: null,
      period: null,
      revision: 1,
    });
  });

  it('show the cumulative realization of the latest period, kept across a new ceiling', () => {
    let row = allocatedLine(null, allocated('99916924', 'DPA 2024', 0));
    row = realizedLine(row, realized('FY', '177548624', 1));
    row = realizedLine(row, realized('Q2', '88774312', 2));
    row = allocatedLine(row, allocated('199906524', 'DPPA 2024', 3));
    expect(row).toMatchObject({
      allocation: '199906524',
      realized: '177548624',
      physicalProgress: '100',
      period: 'FY',
      revision: 3,
    });
  });

  it('change nothing when an event is replayed', () => {
    const row = realizedLine(
      allocatedLine(null, allocated('199906524', 'DPPA 2024', 0)),
      realized('FY', '177548624', 1),
    );
    expect(realizedLine(row, realized('FY', '177548624', 1))).toBe(row);
    expect(allocatedLine(row, allocated('199906524', 'DPPA 2024', 0))).toBe(row);
  });
});

describe('the realization-ledger projection', () => {
  it('handles exactly the ledger events', () => {
    expect(realizationLedgerProjection.eventTypes).toEqual([
      'RealizationReported',
      'RealizationCorrected',
      'BudgetAllocated',
      'BudgetRealized',
    ]);
  });
});
