import type { AgreementBudgetLine, AgreementTarget } from '@jejak/agreements';
import { LineChange, diffBy, valueChange } from '../domain/keyed-diff';
import { AgencyStateView } from '../agency-state/agency-state';

type Change<V> = { readonly before: V; readonly after: V } | null;

/** What changed in an agency-year between two instants on one axis; null / [] where nothing did. */
export interface StateDiffView {
  readonly tenant: string;
  readonly agency: string;
  readonly year: number;
  readonly axis: AgencyStateView['axis'];
  readonly from: string;
  readonly to: string;
  readonly changed: boolean;
  readonly plan: {
    readonly renstra: Change<string | null>;
    readonly indicators: readonly LineChange<unknown>[];
  };
  readonly agreement: {
    readonly version: Change<number | null>;
    readonly versionsKnown: Change<readonly number[]>;
    readonly targets: readonly LineChange<unknown>[];
    readonly budget: readonly LineChange<unknown>[];
    readonly budgetTotal: Change<string | null>;
  };
  readonly realizations: readonly LineChange<unknown>[];
  readonly budgetLines: readonly LineChange<unknown>[];
  readonly conventionsVersion: Change<number>;
  readonly computed: {
    readonly performance: readonly LineChange<unknown>[];
    readonly budget: readonly LineChange<unknown>[];
    readonly budgetTotal: Change<unknown>;
    readonly efficiency: readonly LineChange<unknown>[];
  };
}

const targetsOf = (s: AgencyStateView): readonly AgreementTarget[] => s.agreement?.inForce?.targets ?? [];
const budgetOf = (s: AgencyStateView): readonly AgreementBudgetLine[] => s.agreement?.inForce?.budget ?? [];

function agreementDiff(a: AgencyStateView, b: AgencyStateView): StateDiffView['agreement'] {
  const version = (s: AgencyStateView) => s.agreement?.inForce?.version ?? null;
  const known = (s: AgencyStateView) => (s.agreement?.versions ?? []).map((v) => v.version);
  const total = (s: AgencyStateView) => s.agreement?.inForce?.budgetTotal ?? null;
  return {
    version: valueChange(version(a), version(b)),
    versionsKnown: valueChange(known(a), known(b)),
    targets: diffBy(
      targetsOf(a),
      targetsOf(b),
      (t) => t.indicator,
      (t) => ({
        target: t.target,
        fundedBy: t.fundedBy ? [...t.fundedBy].sort() : null,
      }),
    ),
    budget: diffBy(
      budgetOf(a),
      budgetOf(b),
      (l) => l.program,
      (l) => ({ amount: l.amount }),
    ),
    budgetTotal: valueChange(total(a), total(b)),
  };
}

function planDiff(a: AgencyStateView, b: AgencyStateView): StateDiffView['plan'] {
  const indicators = (s: AgencyStateView) => s.plan?.indicators ?? [];
  return {
    renstra: valueChange(a.plan?.period ?? null, b.plan?.period ?? null),
    indicators: diffBy(
      indicators(a),
      indicators(b),
      (i) => i.code,
      (i) => ({
        name: i.name,
        target: i.target,
        validFrom: i.validFrom,
        validTo: i.validTo,
        inForce: i.inForce,
      }),
    ),
  };
}

function ledgerDiff(
  a: AgencyStateView,
  b: AgencyStateView,
): Pick<StateDiffView, 'realizations' | 'budgetLines'> {
  const realizations = (s: AgencyStateView) => s.realizations?.realizations ?? [];
  const lines = (s: AgencyStateView) => s.realizations?.budget ?? [];
  return {
    realizations: diffBy(
      realizations(a),
      realizations(b),
      (r) => `${r.indicator} ${r.period}`,
      (r) => ({
        kind: r.kind,
        value: r.value,
        numerator: r.numerator,
        denominator: r.denominator,
        source: r.source,
        corrected: r.corrected,
      }),
    ),
    budgetLines: diffBy(
      lines(a),
      lines(b),
      (l) => l.code,
      (l) => ({
        allocation: l.allocation,
        realized: l.realized,
        period: l.period,
      }),
    ),
  };
}

function computedDiff(a: AgencyStateView, b: AgencyStateView): StateDiffView['computed'] {
  const [x, y] = [a.computed, b.computed];
  return {
    performance: diffBy(
      x.performance,
      y.performance,
      (r) => r.indicator,
      (r) => ({
        target: r.target,
        targetSource: r.targetSource,
        realization: r.realization,
        achievement: r.achievement,
        band: r.band,
      }),
    ),
    budget: diffBy(
      x.budget.programs,
      y.budget.programs,
      (p) => p.code,
      (p) => ({
        allocation: p.allocation,
        realized: p.realized,
        absorption: p.absorption,
      }),
    ),
    budgetTotal: valueChange(x.budget.total, y.budget.total),
    efficiency: diffBy(
      x.efficiency.rows,
      y.efficiency.rows,
      (r) => r.indicator,
      (r) => ({
        value: r.value,
        band: r.band,
      }),
    ),
  };
}

const isChange = (value: unknown): boolean => (Array.isArray(value) ? value.length > 0 : value !== null);

/** Two as-of states of one agency-year, `a` the earlier: each part's lines before → after. */
export function stateDiff(a: AgencyStateView, b: AgencyStateView): StateDiffView {
  const parts = {
    plan: planDiff(a, b),
    agreement: agreementDiff(a, b),
    ...ledgerDiff(a, b),
    conventionsVersion: valueChange(a.conventions.version, b.conventions.version),
    computed: computedDiff(a, b),
  };
  const leaves = [
    ...Object.values(parts.plan),
    ...Object.values(parts.agreement),
    parts.realizations,
    parts.budgetLines,
    parts.conventionsVersion,
    ...Object.values(parts.computed),
  ];
  return {
    tenant: a.tenant,
    agency: a.agency,
    year: a.year,
    axis: a.axis,
    from: a.asOf,
    to: b.asOf,
    changed: leaves.some(isChange),
    ...parts,
  };
}
