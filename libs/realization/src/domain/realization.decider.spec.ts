import { deciderSpec, specMetadata } from '@jejak/testing';
import { CorrectRealizationCommand } from '../correct-realization/correct-realization.command';
import { ReportRealizationCommand } from '../report-realization/report-realization.command';
import { CorrectRealizationData, ReportRealizationData, realizationDecider } from './realization.decider';
import {
  CorrectionReasonRequired,
  InvalidQuantity,
  NothingToCorrect,
  PendingIsNotCorrected,
  RealizationAlreadyReported,
  ZeroDenominator,
} from './realization.errors';
import { Measurement, RealizationCorrected, RealizationReported } from './realization.events';

// BKPSDM Kota Dumai 2024 (fixtures/kota-dumai-bkpsdm-2024.json; interchange README's examples):
// S1.1 Indeks Sistem Merit FY 279 by KASN (its target is 254), P1.1 Q2 1452 of 1693, K3.2 pending.
const ledger = { tenantId: 'kota-dumai', agency: 'bkpsdm', fiscalYear: 2024 };
const spec = deciderSpec(realizationDecider);

const value = (v: string): Measurement => ({ kind: 'value', value: v });
const ratio = (numerator: string, denominator: string): Measurement => ({
  kind: 'ratio',
  numerator,
  denominator,
});
const pending: Measurement = { kind: 'pending' };

function report(
  indicator: string,
  period: 'Q2' | 'FY',
  measurement: Measurement,
  source: string | null = null,
) {
  const data: ReportRealizationData = { ...ledger, indicator, period, measurement, source, unit: null };
  return new ReportRealizationCommand(data, specMetadata());
}

function reported(
  indicator: string,
  period: 'Q2' | 'FY',
  measurement: Measurement,
  source: string | null = null,
) {
  const event: RealizationReported = {
    type: 'RealizationReported',
    data: { indicator, period, measurement, source, unit: null },
  };
  return event;
}

function correct(measurement: CorrectRealizationData['measurement'], reason: string, source?: string | null) {
  const data: CorrectRealizationData = {
    ...ledger,
    indicator: 'S1.1',
    period: 'FY',
    measurement,
    reason,
    ...(source !== undefined ? { source } : {}),
  };
  return new CorrectRealizationCommand(data, specMetadata());
}

const meritReported = reported('S1.1', 'FY', value('279'), 'KASN');
const reason = 'Nilai sementara diganti hasil penilaian KASN';
const meritCorrected = (v: string, source: string | null = 'KASN'): RealizationCorrected => ({
  type: 'RealizationCorrected',
  data: { indicator: 'S1.1', period: 'FY', measurement: { kind: 'value', value: v }, source, reason },
});

describe('a realization not yet reported', () => {
  it('is reported as a value with its source', () => {
    spec
      .given([])
      .when(report('S1.1', 'FY', value('279'), 'KASN'))
      .then([meritReported]);
  });

  it('is reported as a ratio, kept raw (numerator and denominator, not × 100)', () => {
    spec
      .given([])
      .when(report('P1.1', 'Q2', ratio('1452', '1693')))
      .then([reported('P1.1', 'Q2', ratio('1452', '1693'))]);
  });

  it('is reported as pending: not yet available, which is not zero', () => {
    spec
      .given([])
      .when(report('K3.2', 'FY', pending))
      .then([reported('K3.2', 'FY', pending)]);
  });

  it('records decimals in one spelling, so equal facts compare equal', () => {
    spec
      .given([])
      .when(report('T1.1', 'FY', value('077.30')))
      .then([reported('T1.1', 'FY', value('77.3'))]);
  });

  it('refuses a ratio over a zero denominator: it has no value', () => {
    spec
      .given([])
      .when(report('P1.1', 'Q2', ratio('1452', '0')))
      .thenThrows(ZeroDenominator, 'REALIZATION.ZERO_DENOMINATOR');
  });

  it('refuses a value that is not a decimal (an import the DTOs did not see)', () => {
    spec
      .given([])
      .when(report('S1.1', 'FY', value('279,0')))
      .thenThrows(InvalidQuantity, 'REALIZATION.INVALID_QUANTITY');
  });

  it('cannot be corrected: there is nothing to correct', () => {
    spec
      .given([])
      .when(correct({ kind: 'value', value: '279' }, reason))
      .thenThrows(NothingToCorrect, 'REALIZATION.NOT_REPORTED');
  });
});

describe('a reported realization', () => {
  it('records nothing when the same report arrives again (a re-import)', () => {
    spec
      .given([meritReported])
      .when(report('S1.1', 'FY', value('279.00'), 'KASN'))
      .thenNothing();
  });

  it('refuses a second report with a different value: use a correction', () => {
    spec
      .given([meritReported])
      .when(report('S1.1', 'FY', value('254'), 'KASN'))
      .thenThrows(RealizationAlreadyReported, 'REALIZATION.ALREADY_REPORTED');
  });

  it('refuses a second report of the same value from another source', () => {
    spec
      .given([meritReported])
      .when(report('S1.1', 'FY', value('279'), null))
      .thenThrows(RealizationAlreadyReported, 'REALIZATION.ALREADY_REPORTED');
  });

  it('refuses to go back to pending by a report', () => {
    spec
      .given([meritReported])
      .when(report('S1.1', 'FY', pending, 'KASN'))
      .thenThrows(RealizationAlreadyReported);
  });

  it('is another realization in another period', () => {
    spec
      .given([meritReported])
      .when(report('S1.1', 'Q2', value('254')))
      .then([reported('S1.1', 'Q2', value('254'))]);
  });
});

describe('a pending realization', () => {
  const k32Pending = reported('K3.2', 'FY', pending);

  it('becomes a value by a report, not a correction', () => {
    spec
      .given([k32Pending])
      .when(report('K3.2', 'FY', value('3')))
      .then([reported('K3.2', 'FY', value('3'))]);
  });

  it('records nothing when reported pending again', () => {
    spec
      .given([k32Pending])
      .when(report('K3.2', 'FY', pending))
      .thenNothing();
  });

  it('is not corrected: its value arrives by a report', () => {
    const data = {
      ...ledger,
      indicator: 'K3.2',
      period: 'FY' as const,
      measurement: { kind: 'value' as const, value: '3' },
      reason,
    };
    spec
      .given([k32Pending])
      .when(new CorrectRealizationCommand(data, specMetadata()))
      .thenThrows(PendingIsNotCorrected, 'REALIZATION.PENDING');
  });
});

describe('correcting a reported realization', () => {
  const reportedAsTarget = reported('S1.1', 'FY', value('254'), 'KASN');

  it('replaces the value in force with its reason, keeping the source', () => {
    spec
      .given([reportedAsTarget])
      .when(correct({ kind: 'value', value: '279' }, reason))
      .then([meritCorrected('279')]);
  });

  it('may change or clear the source', () => {
    spec
      .given([reportedAsTarget])
      .when(correct({ kind: 'value', value: '279' }, reason, null))
      .then([meritCorrected('279', null)]);
  });

  it('keeps the original in the log: a re-import of the original report records nothing', () => {
    spec
      .given([reportedAsTarget, meritCorrected('279')])
      .when(report('S1.1', 'FY', value('254'), 'KASN'))
      .thenNothing();
  });

  it('records nothing when it says what is already in force', () => {
    spec
      .given([reportedAsTarget, meritCorrected('279')])
      .when(correct({ kind: 'value', value: '279' }, reason))
      .thenNothing();
  });

  it('may be corrected again', () => {
    spec
      .given([reportedAsTarget, meritCorrected('279')])
      .when(correct({ kind: 'value', value: '278' }, reason))
      .then([meritCorrected('278')]);
  });

  it('requires a reason', () => {
    spec
      .given([reportedAsTarget])
      .when(correct({ kind: 'value', value: '279' }, '  '))
      .thenThrows(CorrectionReasonRequired, 'REALIZATION.REASON_REQUIRED');
  });

  it('refuses a ratio over a zero denominator', () => {
    spec
      .given([reportedAsTarget])
      .when(correct({ kind: 'ratio', numerator: '1452', denominator: '0' }, reason))
      .thenThrows(ZeroDenominator);
  });
});
