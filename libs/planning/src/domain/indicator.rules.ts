import { ReviseIndicatorData } from './renstra.commands';
import { FieldPath } from './decide-each';
import { canonicalDecimal } from './decimal-values';
import {
  DefinedDifferently,
  IndicatorReplacesItself,
  ReplacedBeforeInForce,
  TargetOutsideValidity,
  UnknownIndicator,
  UnknownReference,
  ValidityOutsidePeriod,
} from './planning.errors';
import {
  DecimalString,
  IndicatorChanges,
  IndicatorDefinition,
  IndicatorLevel,
  IndicatorReplaced,
  PlanningEvent,
} from './planning.events';
import { RenstraPeriod, formatPeriod, inPeriod } from './renstra-period';
import { AdoptedRenstra, evolveAdopted, validityOf } from './renstra.state';
import { differingField, same } from './same-data';

const YEAR_KEY = /^\d{4}$/;

function canonicalTargets(
  targets: Readonly<Record<string, string>>,
  at: FieldPath,
): Record<string, DecimalString> {
  const years = Object.keys(targets).sort();
  return Object.fromEntries(
    years.map((year) => [year, canonicalDecimal(targets[year], at(`targets.${year}`))]),
  );
}

function canonicalBaseline(
  baseline: IndicatorDefinition['baseline'] | undefined,
  at: FieldPath,
): IndicatorDefinition['baseline'] {
  if (!baseline) return null;
  return { year: baseline.year ?? null, value: canonicalDecimal(baseline.value, at('baseline.value')) };
}

/** The definition as events carry it: every field present, decimals in their one spelling. */
export function canonicalIndicator(input: IndicatorDefinition, at: FieldPath): IndicatorDefinition {
  return {
    code: input.code,
    name: input.name,
    unit: input.unit ?? null,
    polarity: input.polarity,
    level: input.level,
    parent: input.parent,
    definition: input.definition ?? null,
    dataSource: input.dataSource ?? null,
    baseline: canonicalBaseline(input.baseline, at),
    targets: canonicalTargets(input.targets ?? {}, at),
    validFrom: input.validFrom ?? null,
    validTo: input.validTo ?? null,
    replaces: [...new Set(input.replaces ?? [])],
  };
}

function assertParent(state: AdoptedRenstra, level: IndicatorLevel, parent: string, at: FieldPath): void {
  const parents: Record<IndicatorLevel, ReadonlyMap<string, unknown>> = {
    goal: state.goals,
    objective: state.objectives,
    program: state.programs,
    activity: state.activities,
    subActivity: state.subActivities,
  };
  // `level` is typed, but an importer's data is checked rather than trusted.
  if (!parents[level]?.has(parent)) throw new UnknownReference(level, parent, at('parent'));
}

/** The declared validity lies within the plan's period and runs forward. */
function declaredValidity(
  period: RenstraPeriod,
  d: IndicatorDefinition,
  at: FieldPath,
): { from: number; to: number } {
  const from = d.validFrom ?? period.from;
  const to = d.validTo ?? period.to;
  const outside = (year: number) => `${year} lies outside the plan's period ${formatPeriod(period)}`;
  if (!inPeriod(period, from)) throw new ValidityOutsidePeriod(outside(from), at('validFrom'));
  if (!inPeriod(period, to)) throw new ValidityOutsidePeriod(outside(to), at('validTo'));
  if (to < from)
    throw new ValidityOutsidePeriod(`The validity ends (${to}) before it starts (${from})`, at('validTo'));
  return { from, to };
}

/** Targets are for years the indicator is in force (which lie within the plan's period). */
function assertTargetsWithin(
  targets: Readonly<Record<string, string>>,
  from: number,
  to: number,
  at: FieldPath,
): void {
  for (const year of Object.keys(targets)) {
    const y = Number(year);
    if (!YEAR_KEY.test(year) || y < from || y > to)
      throw new TargetOutsideValidity(year, from, to, at(`targets.${year}`));
  }
}

/**
 * `predecessor` is succeeded by `successor` from the successor's first year Y: it stays in force
 * up to Y − 1 at the latest. Recorded once per pair; refused when the predecessor would never
 * have been in force.
 */
function replacement(
  state: AdoptedRenstra,
  predecessor: string,
  successor: string,
  field: string,
): IndicatorReplaced[] {
  const old = state.indicators.get(predecessor);
  const next = state.indicators.get(successor);
  if (!old || !next || old.replacedBy.includes(successor)) return [];
  const from = validityOf(next, state.period).from;
  const oldValidity = validityOf(old, state.period);
  if (oldValidity.from > from - 1)
    throw new ReplacedBeforeInForce(predecessor, oldValidity.from, successor, from, field);
  return [
    {
      type: 'IndicatorReplaced',
      data: { code: predecessor, replacedBy: successor, validTo: Math.min(oldValidity.to, from - 1) },
    },
  ];
}

/** Links the new indicator to the plan's indicators it replaces and to those that name it as replaced. */
function replacementsOf(state: AdoptedRenstra, code: string, at: FieldPath): IndicatorReplaced[] {
  const replaces = state.indicators.get(code)?.current.replaces ?? [];
  const successors = [...state.indicators.values()].filter((r) => r.current.replaces.includes(code));
  return [
    ...replaces.flatMap((predecessor) => replacement(state, predecessor, code, at('replaces'))),
    ...successors.flatMap((s) => replacement(state, code, s.current.code, at('code'))),
  ];
}

export function defineIndicator(
  state: AdoptedRenstra,
  input: IndicatorDefinition,
  at: FieldPath,
): PlanningEvent[] {
  const definition = canonicalIndicator(input, at);
  const recorded = state.indicators.get(definition.code);
  if (recorded) {
    if (same(recorded.current, definition) || same(recorded.defined, definition)) return [];
    throw new DefinedDifferently(
      'Indicator',
      definition.code,
      at(differingField(recorded.current, definition)),
    );
  }
  assertParent(state, definition.level, definition.parent, at);
  const validity = declaredValidity(state.period, definition, at);
  assertTargetsWithin(definition.targets, validity.from, validity.to, at);
  if (definition.replaces.includes(definition.code))
    throw new IndicatorReplacesItself(definition.code, at('replaces'));
  const defined: PlanningEvent = { type: 'IndicatorDefined', data: definition };
  return [defined, ...replacementsOf(evolveAdopted(state, defined), definition.code, at)];
}

function canonicalChanges(changes: IndicatorChanges, at: FieldPath): IndicatorChanges {
  const { targets, baseline, ...descriptive } = changes;
  const defined = Object.entries(descriptive).filter(([, value]) => value !== undefined);
  return {
    ...Object.fromEntries(defined),
    ...(baseline !== undefined ? { baseline: canonicalBaseline(baseline, at) } : {}),
    ...(targets !== undefined ? { targets: canonicalTargets(targets, at) } : {}),
  };
}

/** Only what differs from the definition in force is recorded; a revision that changes nothing records nothing. */
export function reviseIndicator(data: ReviseIndicatorData, state: AdoptedRenstra): PlanningEvent[] {
  const record = state.indicators.get(data.code);
  if (!record) throw new UnknownIndicator(data.code);
  const at: FieldPath = (field) => `changes.${field}`;
  const proposed = canonicalChanges(data.changes, at);
  const current = record.current as unknown as Record<string, unknown>;
  const changed = Object.entries(proposed).filter(([field, value]) => !same(current[field], value));
  if (changed.length === 0) return [];
  const changes = Object.fromEntries(changed) as IndicatorChanges;
  if (changes.targets) {
    const validity = declaredValidity(state.period, record.current, at);
    assertTargetsWithin(changes.targets, validity.from, validity.to, at);
  }
  return [{ type: 'IndicatorRevised', data: { code: data.code, changes, reason: data.reason ?? null } }];
}
