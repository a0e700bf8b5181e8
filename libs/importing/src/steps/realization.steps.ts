import { BudgetRealization, InterchangeDocument, Realization } from '@jejak/interchange';
import {
  AllocateBudgetCommand,
  BudgetLevel,
  Measurement,
  ReportBudgetRealizationCommand,
  ReportRealizationCommand,
  realizationDecider,
  realizationStream,
} from '@jejak/realization';
import { dateOccurredAt, decimalText, rupiahText } from '../domain/decimal-text';
import { SCOPE_FIELDS, rebase } from '../domain/document-paths';
import { ImportScope, ImportStep } from '../domain/import-step';
import { requireAgency, sendTo } from './send';

/**
 * What set the ceilings of `budgetRealizations`: the document gives the final (amended) ceiling
 * of the fiscal year without naming its DPA or DPPA, so the basis says where it comes from.
 */
export const budgetBasis = (fiscalYear: number): string =>
  `Pagu akhir TA ${fiscalYear} (dokumen sakip-interchange/1)`;

/** Pending is not zero: it carries no value; a ratio keeps its two counts. */
export function measurementOf(r: Realization): Measurement {
  if (r.status === 'pending') return { kind: 'pending' };
  if (r.value !== null && r.value !== undefined) return { kind: 'value', value: decimalText(r.value) };
  return {
    kind: 'ratio',
    numerator: decimalText(r.numerator ?? 0),
    denominator: decimalText(r.denominator ?? 0),
  };
}

/** Which level of the plan a budget code names (validation made sure it names one). */
function budgetLevels(doc: InterchangeDocument): Map<string, BudgetLevel> {
  const levels = new Map<string, BudgetLevel>();
  for (const program of doc.plan.programs ?? []) {
    levels.set(program.code, 'program');
    for (const activity of program.activities ?? []) {
      levels.set(activity.code, 'activity');
      for (const sub of activity.subActivities ?? []) levels.set(sub.code, 'subActivity');
    }
  }
  return levels;
}

const REALIZATION_FIELDS = { ...SCOPE_FIELDS, measurement: null, unit: null };

function realizationStep(r: Realization, i: number, scope: ImportScope, stream: string): ImportStep {
  const path = `$.realizations[${i}]`;
  const { tenant, agency, fiscalYear } = scope;
  return {
    key: `realization:${r.indicator}:${r.period}`,
    command: 'ReportRealization',
    path,
    stream,
    occurredAt: dateOccurredAt(r.reportedOn),
    requires: ['agency'],
    pathOf: rebase(path, REALIZATION_FIELDS),
    async send(store, metadata) {
      await requireAgency(store, tenant, agency);
      const data = {
        tenantId: tenant,
        agency,
        fiscalYear,
        indicator: r.indicator,
        period: r.period,
        measurement: measurementOf(r),
        source: r.source ?? null,
        // The document says which unit owns a kegiatan, not who reported: left unattributed.
        unit: null,
      };
      await sendTo(store, stream, realizationDecider, new ReportRealizationCommand(data, metadata));
    },
  };
}

/** The line's ceiling (the amended one), then what was spent on it in the fiscal year (period FY). */
function budgetSteps(
  b: BudgetRealization,
  i: number,
  level: BudgetLevel,
  scope: ImportScope,
  stream: string,
): ImportStep[] {
  const path = `$.budgetRealizations[${i}]`;
  const { tenant, agency, fiscalYear } = scope;
  const line = { tenantId: tenant, agency, fiscalYear, code: b.code };
  const pathOf = rebase(path, { ...SCOPE_FIELDS, level: 'code', basis: 'allocation', period: null });
  const allocate: ImportStep = {
    key: `budget:allocate:${b.code}`,
    command: 'AllocateBudget',
    path,
    stream,
    occurredAt: null,
    requires: ['agency'],
    pathOf,
    async send(store, metadata) {
      await requireAgency(store, tenant, agency);
      const data = { ...line, level, allocation: rupiahText(b.allocation), basis: budgetBasis(fiscalYear) };
      await sendTo(store, stream, realizationDecider, new AllocateBudgetCommand(data, metadata));
    },
  };
  const realize: ImportStep = {
    key: `budget:realize:${b.code}:FY`,
    command: 'ReportBudgetRealization',
    path,
    stream,
    occurredAt: null,
    requires: [allocate.key],
    pathOf,
    async send(store, metadata) {
      const progress = b.physicalProgress;
      const data = {
        ...line,
        period: 'FY' as const,
        realized: rupiahText(b.realized),
        physicalProgress: progress === null || progress === undefined ? null : decimalText(progress),
      };
      await sendTo(store, stream, realizationDecider, new ReportBudgetRealizationCommand(data, metadata));
    },
  };
  return [allocate, realize];
}

/** The fiscal year's ledger: realizations of indicators, then budget lines. */
export function realizationSteps(doc: InterchangeDocument, scope: ImportScope): ImportStep[] {
  const stream = realizationStream(scope.tenant, scope.agency, scope.fiscalYear);
  const levels = budgetLevels(doc);
  return [
    ...(doc.realizations ?? []).map((r, i) => realizationStep(r, i, scope, stream)),
    ...(doc.budgetRealizations ?? []).flatMap((b, i) =>
      budgetSteps(b, i, levels.get(b.code) ?? 'program', scope, stream),
    ),
  ];
}
